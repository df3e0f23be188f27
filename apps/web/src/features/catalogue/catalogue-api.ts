import type { AvailabilityResponse, Closure, Experience, ExperienceSummary, Page } from '@promata/contracts';
import { getJson, type GetJsonOptions } from '../../lib/api-client';
import { trustedObject } from '../../lib/trusted-body';

export const experiencesPath = '/api/v1/experiences';
export const closuresPath = '/api/v1/closures';

type FetchOptions = Pick<GetJsonOptions, 'signal' | 'fetchFn'>;

/*
 * Public reads, sent without the access token even when someone is signed in: everyone sees the
 * same published catalogue, and the API's ETag then lets the browser revalidate instead of
 * downloading again (`cache: 'no-cache'`). Staff answers would be private and never cached.
 */
const publicRead = { cache: 'no-cache' } as const;

// Checked without zod (see lib/trusted-body): these are the public pages' first-load requests.
const experiencePageBody = trustedObject<Page<ExperienceSummary>>();
const experienceBody = trustedObject<Experience>();
const availabilityBody = trustedObject<AvailabilityResponse>();
const closurePageBody = trustedObject<Page<Closure>>();

/** One page of the catalogue (`params` from `experienceListParams`). */
export function fetchExperiences(
  params: URLSearchParams,
  options: FetchOptions = {},
): Promise<Page<ExperienceSummary>> {
  return getJson(`${experiencesPath}?${params.toString()}`, experiencePageBody, { ...options, ...publicRead });
}

export function fetchExperience(id: string, options: FetchOptions = {}): Promise<Experience> {
  return getJson(`${experiencesPath}/${encodeURIComponent(id)}`, experienceBody, { ...options, ...publicRead });
}

/** Remaining places per day between two calendar dates (at most 62 days, inclusive). */
export function fetchAvailability(
  id: string,
  range: { from: string; to: string },
  options: FetchOptions = {},
): Promise<AvailabilityResponse> {
  const params = new URLSearchParams(range);
  return getJson(`${experiencesPath}/${encodeURIComponent(id)}/availability?${params.toString()}`, availabilityBody, {
    ...options,
    ...publicRead,
  });
}

/** Upcoming closures that concern an experience: its own and the whole reserve's, soonest first. */
export function fetchUpcomingClosures(experienceId: string, options: FetchOptions = {}): Promise<Closure[]> {
  const params = new URLSearchParams({ experienceId, pageSize: '20' });
  return getJson(`${closuresPath}?${params.toString()}`, closurePageBody, { ...options, ...publicRead }).then(
    (page) => page.items,
  );
}
