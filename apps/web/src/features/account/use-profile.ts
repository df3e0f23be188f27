import { useQuery } from '@tanstack/react-query';
import { useSessionStore } from '../auth/session-context';
import { fetchProfile, profileQueryKey } from './me-api';

export function useProfile() {
  const session = useSessionStore();
  return useQuery({
    queryKey: profileQueryKey,
    queryFn: ({ signal }) => fetchProfile(session, { signal }),
  });
}
