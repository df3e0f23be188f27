import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { fetchAvailability, fetchExperience, fetchExperiences, fetchUpcomingClosures } from './catalogue-api';

/** Prefix of every catalogue query: public data, the same for every visitor. */
export const catalogueQueryKey = ['catalogue'] as const;

/** The API lets caches keep these 60 s; half that keeps a visitor's view reasonably fresh. */
export const catalogueStaleTime = 30_000;
/** Places change with every booking: the API caches availability 15 s, and so do we. */
export const availabilityStaleTime = 15_000;

export function experiencesQuery(params: URLSearchParams) {
  return queryOptions({
    queryKey: [...catalogueQueryKey, 'experiences', params.toString()] as const,
    queryFn: ({ signal }) => fetchExperiences(params, { signal }),
    staleTime: catalogueStaleTime,
    // The cards stay while the next search loads, instead of flashing "loading" at each word.
    placeholderData: keepPreviousData,
  });
}

export function experienceQuery(id: string) {
  return queryOptions({
    queryKey: [...catalogueQueryKey, 'experience', id] as const,
    queryFn: ({ signal }) => fetchExperience(id, { signal }),
    staleTime: catalogueStaleTime,
  });
}

export function availabilityQuery(id: string, from: string, to: string) {
  return queryOptions({
    queryKey: [...catalogueQueryKey, 'availability', id, from, to] as const,
    queryFn: ({ signal }) => fetchAvailability(id, { from, to }, { signal }),
    staleTime: availabilityStaleTime,
    // Keeps the calendar filled while the next months load; days not in the answer show as unknown.
    placeholderData: keepPreviousData,
  });
}

export function closuresQuery(experienceId: string) {
  return queryOptions({
    queryKey: [...catalogueQueryKey, 'closures', experienceId] as const,
    queryFn: ({ signal }) => fetchUpcomingClosures(experienceId, { signal }),
    staleTime: catalogueStaleTime,
  });
}
