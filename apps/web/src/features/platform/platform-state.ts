import type { PlatformStatus } from './platform-api';

/** What the panel shows: one of these at a time, so the states cannot overlap. */
export type PlatformViewState = { kind: 'loading' } | { kind: 'error' } | { kind: 'loaded'; status: PlatformStatus };

type QueryFlags = {
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  data: PlatformStatus | undefined;
};

/**
 * A retry after an error shows "loading" again, so the retry button visibly does something; an
 * error after an earlier success hides the old data, which would no longer tell the truth.
 */
export function platformViewState(query: QueryFlags): PlatformViewState {
  if (query.isPending) return { kind: 'loading' };
  if (query.isError) return query.isFetching ? { kind: 'loading' } : { kind: 'error' };
  if (!query.data) return { kind: 'loading' };
  return { kind: 'loaded', status: query.data };
}
