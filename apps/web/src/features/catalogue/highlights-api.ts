import { highlightListSchema, type Highlight } from '@promata/contracts';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';

export const highlightsPath = '/api/v1/highlights';

/** The home page's carousel and category highlights, in their slots' order. */
export const highlightsQuery = queryOptions({
  queryKey: ['catalogue', 'highlights'] as const,
  // Public like the catalogue: no token, revalidated with the API's ETag.
  queryFn: ({ signal }): Promise<Highlight[]> =>
    getJson(highlightsPath, highlightListSchema, { signal, cache: 'no-cache' }).then((list) => list.items),
  // As fresh as the rest of the catalogue (catalogueStaleTime, not imported to keep this file small).
  staleTime: 30_000,
});
