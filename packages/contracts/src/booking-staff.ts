import { z } from 'zod';
import { bookingSchema } from './bookings.js';

/** What only staff send about a booking: a ROOT's hard delete and the price adjustments of a line. */

/**
 * `DELETE /bookings/:id` (ROOT only): the booking's reference typed again, so a stray request or a
 * wrong id cannot erase a booking, and why it is erased (kept in the audit trail).
 */
export const deleteBookingRequestSchema = z
  .object({
    reference: z.string().trim().min(1).max(40),
    reason: z.string().trim().min(1).max(500),
  })
  .strict();
export type DeleteBookingRequest = z.infer<typeof deleteBookingRequestSchema>;

/** The API's bound on one line's adjusted total: R$ 1 000 000,00 (ten lines stay within 32 bits). */
export const maxAdjustedLineTotalCents = 100_000_000;

/**
 * `POST /bookings/:id/lines/:lineId/price-adjustments` (staff): the line's new total in centavos
 * and why, shown to the visitor in the timeline and the e-mail. The status does not change.
 */
export const linePriceAdjustmentRequestSchema = z
  .object({
    totalCents: z.number().int().min(0).max(maxAdjustedLineTotalCents),
    reason: z.string().trim().min(1).max(500),
  })
  .strict();
export type LinePriceAdjustmentRequest = z.input<typeof linePriceAdjustmentRequestSchema>;

/** One recorded adjustment (the PRICE_ADJUSTED timeline entry with its amounts). */
export const linePriceAdjustmentSchema = z.object({
  id: z.number().int(),
  lineId: z.uuid(),
  fromTotalCents: z.number().int().min(0),
  toTotalCents: z.number().int().min(0),
  reason: z.string(),
  actor: z.object({ id: z.uuid(), name: z.string() }),
  createdAt: z.iso.datetime(),
});

/** The answer: the adjustment and the booking after it (lines and total as now owed). */
export const linePriceAdjustmentResponseSchema = z.object({
  adjustment: linePriceAdjustmentSchema,
  booking: bookingSchema,
});
export type LinePriceAdjustmentResponse = z.infer<typeof linePriceAdjustmentResponseSchema>;
