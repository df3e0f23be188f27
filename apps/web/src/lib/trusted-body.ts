import type { ResponseSchema } from './api-client';

/**
 * The check of the public reads (catalogue and highlights): the body
 * must be a JSON object, and is then taken as the contract's type without zod. The API already
 * serialises every answer through the same contract schema (fastify-type-provider-zod), so checking
 * it again in the browser only cost the public pages zod and every schema on their first load
 * (~31 KB gzip). Forms and staff pages, loaded lazily, keep their zod schemas.
 */
export function trustedObject<Output extends object>(): ResponseSchema<Output> {
  return {
    safeParse: (input) =>
      typeof input === 'object' && input !== null && !Array.isArray(input)
        ? { success: true, data: input as Output }
        : { success: false },
  };
}
