import { ApiError } from '../../lib/api-client';

/**
 * A 409 INVALID_TRANSITION: the booking moved since the page was loaded (another staff member,
 * the visitor or a job acted first), so the action on screen no longer applies.
 */
export function isInvalidTransition(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'INVALID_TRANSITION';
}

/** The booking is gone or not visible to this session any more. */
export function isBookingGone(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'NOT_FOUND';
}
