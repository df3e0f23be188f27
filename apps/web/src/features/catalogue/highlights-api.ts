import type { Highlight } from '@promata/contracts';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../lib/api-client';
import { trustedObject } from '../../lib/trusted-body';

export const highlightsPath = '/api/v1/highlights';

// Checked without zod (see lib/trusted-body): the home page's first-load request.
const highlightListBody = trustedObject<{ items: Highlight[] }>();

/** The home page's carousel and category highlights, in their slots' order. */
export const highlightsQuery = queryOptions({
  queryKey: ['catalogue', 'highlights'] as const,
  // Public like the catalogue: no token, revalidated with the API's ETag.
  queryFn: ({ signal }): Promise<Highlight[]> =>
    getJson(highlightsPath, highlightListBody, { signal, cache: 'no-cache' }).then((list) => list.items),
  // As fresh as the rest of the catalogue (catalogueStaleTime, not imported to keep this file small).
  staleTime: 30_000,
});
