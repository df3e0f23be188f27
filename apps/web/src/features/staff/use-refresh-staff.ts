import { useQueryClient } from '@tanstack/react-query';
import { staffQueryKey } from './staff-api';

/** Fetches every staff list again: after a change, or when a refusal shows the list is stale. */
export function useRefreshStaff(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: staffQueryKey });
}
