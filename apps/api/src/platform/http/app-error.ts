import type { ErrorCode } from '@promata/contracts';

/**
 * A refusal the client can act on: it becomes `{ error: { code, message, details } }` with the
 * given status. The message is the translation of the code in the request's language unless the
 * use-case gives a more specific one. Anything thrown that is not an AppError is a 500.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    readonly details?: unknown,
    /** Sent as Retry-After (429, 503): when the client may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = (details?: unknown) => new AppError(404, 'NOT_FOUND', details);
export const conflict = (details?: unknown) => new AppError(409, 'CONFLICT', details);
export const unauthorized = () => new AppError(401, 'UNAUTHORIZED');
export const forbidden = (details?: unknown) => new AppError(403, 'FORBIDDEN', details);
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(429, 'RATE_LIMITED', undefined, Math.max(1, retryAfterSeconds));
export const overloaded = (retryAfterSeconds = 5) => new AppError(503, 'OVERLOADED', undefined, retryAfterSeconds);
/** A backing service (PostgreSQL, Redis) cannot be reached right now: retry shortly, nothing is lost. */
export const serviceUnavailable = (retryAfterSeconds = 2) =>
  new AppError(503, 'SERVICE_UNAVAILABLE', undefined, retryAfterSeconds);
