import { errorResponseSchema } from '@promata/contracts';
import type { z } from 'zod';

/** A request that did not produce the expected data: an HTTP error, a bad body or no answer. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    /** HTTP status, or undefined when no response arrived (network failure). */
    readonly status: number | undefined,
    /** The API's machine-readable code when it sent one, else a client-side one. */
    readonly code: string,
  ) {
    super(message);
  }
}

export type GetJsonOptions = {
  signal?: AbortSignal;
  /**
   * Non-2xx statuses whose body is still data of the expected shape, e.g. 503 from
   * `/health/ready`, which reports which dependency is down in the same body.
   */
  acceptedStatuses?: readonly number[];
  /** Injected in unit tests; the browser's fetch otherwise. */
  fetchFn?: typeof fetch;
};

/** GETs a same-origin JSON resource and validates it with its contract schema. */
export async function getJson<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: GetJsonOptions = {},
): Promise<z.output<Schema>> {
  // Called through a local binding: invoking fetch as a method of another object throws
  // "Illegal invocation" in browsers.
  const fetchFn = options.fetchFn ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchFn(path, {
      headers: { accept: 'application/json' },
      // Status data must be current; a cached answer would hide an outage.
      cache: 'no-store',
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(`GET ${path} failed: no response`, undefined, 'NETWORK_ERROR');
  }

  const body: unknown = await response.json().catch(() => undefined);
  const accepted = response.ok || (options.acceptedStatuses ?? []).includes(response.status);
  if (!accepted) {
    const apiError = errorResponseSchema.safeParse(body);
    throw apiError.success
      ? new ApiError(apiError.data.error.message, response.status, apiError.data.error.code)
      : new ApiError(`GET ${path} answered ${response.status}`, response.status, 'HTTP_ERROR');
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError(`GET ${path} answered an unexpected body`, response.status, 'INVALID_RESPONSE');
  }
  return parsed.data;
}
