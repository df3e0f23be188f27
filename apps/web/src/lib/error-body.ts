/** The `error` object of the API's error answers (contract: `errorResponseSchema`). */
export type ErrorBody = { code: string; message: string; details?: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `{ error: { code, message, details? } }` without zod: every request of every page goes
 * through here, and zod (with the contract schemas) is ~31 KB gzip that the public pages need not
 * load. Any code is accepted (a newer API may add codes); callers map unknown ones to a generic text.
 */
export function parseErrorBody(body: unknown): ErrorBody | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const { code, message, details } = body.error;
  if (typeof code !== 'string' || code === '' || typeof message !== 'string') return undefined;
  return details === undefined ? { code, message } : { code, message, details };
}
