import {
  linePriceAdjustmentResponseSchema,
  type BookingStatus,
  type LinePriceAdjustmentRequest,
  type LinePriceAdjustmentResponse,
} from '@promata/contracts';
import { ApiError, requestJson } from '../../lib/api-client';
import type { SessionStore } from '../auth/session-store';

/**
 * Staff set one line's total (centavos) with a reason the visitor reads. 409 CONFLICT with
 * `details.reason` BOOKING_CLOSED (the booking reached a final status meanwhile) or PRICE_UNCHANGED.
 */
export function adjustLinePrice(
  session: SessionStore,
  ids: { bookingId: string; lineId: string },
  body: LinePriceAdjustmentRequest,
): Promise<LinePriceAdjustmentResponse> {
  const path = `/api/v1/bookings/${encodeURIComponent(ids.bookingId)}/lines/${encodeURIComponent(ids.lineId)}/price-adjustments`;
  return session.authorized((accessToken) =>
    requestJson(path, linePriceAdjustmentResponseSchema, { method: 'POST', accessToken, body }),
  );
}

/** Why the API refused an adjustment, when the dialog words it itself. */
export type PriceAdjustmentRefusal = 'closed' | 'unchanged';

export function priceAdjustmentRefusal(error: unknown): PriceAdjustmentRefusal | undefined {
  if (!(error instanceof ApiError) || error.code !== 'CONFLICT') return undefined;
  const { details } = error;
  const reason = typeof details === 'object' && details !== null ? (details as { reason?: unknown }).reason : undefined;
  if (reason === 'BOOKING_CLOSED') return 'closed';
  if (reason === 'PRICE_UNCHANGED') return 'unchanged';
  return undefined;
}

/** The final statuses: their prices are history, and the API refuses to adjust them. */
const finalStatuses: readonly BookingStatus[] = ['REJECTED', 'CANCELED', 'EXPIRED', 'COMPLETED'];

export const priceAdjustable = (status: BookingStatus): boolean => !finalStatuses.includes(status);
