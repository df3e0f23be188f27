import { ApiError } from '../../lib/api-client';

/** Refusals the staff pages word themselves (keys of `staff.errors`). */
export type StaffErrorKey =
  | 'emailTaken'
  | 'roleNotAllowed'
  | 'cannotManage'
  | 'self'
  | 'erased'
  | 'alreadyErased'
  | 'userGone'
  | 'alreadyDecided';

function reason(details: unknown): unknown {
  return typeof details === 'object' && details !== null ? (details as { reason?: unknown }).reason : undefined;
}

/**
 * The app's own words for the refusals whose API message is generic ("the operation conflicts with
 * the current state of the resource"), read from the code and `details.reason` the API sends.
 * Anything else keeps the API's message, which is already in the request's language.
 */
export function staffErrorKey(error: unknown): StaffErrorKey | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const why = reason(error.details);
  if (error.code === 'CONFLICT') {
    if (why === 'EMAIL_TAKEN') return 'emailTaken';
    if (why === 'ANONYMISED') return 'erased';
    if (why === 'ALREADY_ANONYMISED') return 'alreadyErased';
    if (why === 'NO_PENDING_REQUEST') return 'alreadyDecided';
    return undefined;
  }
  if (error.code === 'FORBIDDEN') {
    if (why === 'SELF') return 'self';
    if (why === 'ROLE') return 'roleNotAllowed';
    return 'cannotManage';
  }
  // The account vanished between the list and the action (or this session lost its staff powers).
  if (error.code === 'NOT_FOUND') return 'userGone';
  return undefined;
}

/** Refusals after which the list on screen is stale and must be fetched again. */
export function isStaleListError(error: unknown): boolean {
  const key = staffErrorKey(error);
  return key === 'alreadyDecided' || key === 'userGone' || key === 'alreadyErased' || key === 'erased';
}
