import { maxPageSize, type ExperienceSummary } from '@promata/contracts';
import { useQuery } from '@tanstack/react-query';
import { useSessionStore } from '../auth/session-context';
import { fetchStaffExperiences, staffExperiencesQueryKey } from './experiences-api';

/**
 * Every experience, active or not, by name: for the closure and highlight forms' choices and to
 * name the experience of a closure. One page of the API's largest size: a reserve's catalogue has
 * tens of experiences; past a hundred the list would need a search box instead of a select.
 */
export function useExperienceOptions() {
  const session = useSessionStore();
  const params = new URLSearchParams({ page: '1', pageSize: String(maxPageSize) });
  return useQuery({
    queryKey: [...staffExperiencesQueryKey, params.toString()],
    queryFn: ({ signal }) => fetchStaffExperiences(session, params, { signal }),
    select: (page): ExperienceSummary[] => page.items,
  });
}
