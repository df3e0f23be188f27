import type { BookingQuote, bookingQuoteRequestSchema } from '@promata/contracts';
import { daysBetween } from '@promata/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { assessLines } from './assess-lines.js';
import { readExperiences } from './booking-repository.js';

export type QuoteBookingBody = z.output<typeof bookingQuoteRequestSchema>;

/**
 * POST /bookings/quote: what POST /bookings would price for these lines and this caller, through
 * the same checks (400 VALIDATION_FAILED, 409 CAPACITY_EXCEEDED) read without locks. Writes nothing;
 * a quote is a snapshot, so the booking may still be refused if the places go meanwhile.
 */
export async function quoteBooking(
  context: AppContext,
  actor: Actor,
  body: QuoteBookingBody,
  now = new Date(),
): Promise<BookingQuote> {
  const { experiences, quoted, totalCents } = await assessLines(context.database.db, actor, body.lines, now, {
    readExperiences,
  });
  return {
    lines: quoted.map(({ experienceId, startDate, endDate, people, unitPriceCents, totalCents: lineTotal }) => ({
      experienceId,
      startDate,
      endDate,
      people,
      ...(experiences.get(experienceId)?.category === 'HOSTING' ? { nights: daysBetween(startDate, endDate) } : {}),
      unitPriceCents,
      totalCents: lineTotal,
    })),
    totalCents,
  };
}
