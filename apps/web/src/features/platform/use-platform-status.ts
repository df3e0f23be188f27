import { useQuery } from '@tanstack/react-query';
import { fetchPlatformStatus } from './platform-api';

export const platformStatusQueryKey = ['platform', 'status'] as const;

/** The platform status, refreshed every minute while the page is open so an outage shows up. */
export function usePlatformStatus() {
  return useQuery({
    queryKey: platformStatusQueryKey,
    queryFn: ({ signal }) => fetchPlatformStatus({ signal }),
    refetchInterval: 60_000,
  });
}
