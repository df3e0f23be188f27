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
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = (details?: unknown) => new AppError(404, 'NOT_FOUND', details);
export const conflict = (details?: unknown) => new AppError(409, 'CONFLICT', details);
