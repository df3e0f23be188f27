import { z } from 'zod';
import { maxBookingLines, maxParticipants, maxPeoplePerLine } from './bookings.js';
import { identityDocumentSchema } from './documents-br.js';
import { calendarDateSchema, genderSchema } from './me.js';

/** What visitors send to book: lines, participants, the quote request and the idempotency key. */

const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[\d\s()-]{8,20}$/);

export const bookingLineRequestSchema = z
  .object({
    experienceId: z.uuid(),
    startDate: calendarDateSchema,
    endDate: calendarDateSchema,
    people: z.number().int().min(1).max(maxPeoplePerLine),
  })
  // Dates are [start, end): a one-day visit ends the next day.
  .refine((line) => line.endDate > line.startDate, { path: ['endDate'], params: { reason: 'end_before_start' } });

export const participantRequestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  document: identityDocumentSchema,
  birthDate: calendarDateSchema,
  gender: genderSchema,
  phone: phoneSchema.nullish().transform((value) => value ?? null),
  /** Indexes into the booking's `lines` this person attends. */
  lines: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(maxBookingLines - 1),
    )
    .min(1)
    .max(maxBookingLines),
});
export type ParticipantRequest = z.infer<typeof participantRequestSchema>;

/**
 * The participant rules shared by creation and `PUT /participants`: unique documents within the
 * booking, line indexes that exist and are not repeated, no more people on a line than it books.
 * Fewer is fine: the list may be completed later (SEND_PEOPLE requires it complete).
 */
/** One broken participant rule: where, and its reason with the values its message names. */
export type ParticipantIssue = {
  path: (string | number)[];
  params: { reason: 'duplicate_document' | 'repeated_line' | 'no_such_line' | 'too_many_participants' } & Record<
    string,
    number | string
  >;
};

export function participantIssues(
  participants: readonly ParticipantRequest[],
  linePeople: readonly number[],
): ParticipantIssue[] {
  const issues: ParticipantIssue[] = [];
  const seen = new Map<string, number>();
  const perLine = linePeople.map(() => 0);
  participants.forEach((p, i) => {
    const key = `${p.document.type}:${p.document.number}`;
    const first = seen.get(key);
    if (first !== undefined) issues.push({ path: [i, 'document'], params: { reason: 'duplicate_document', first } });
    else seen.set(key, i);
    if (new Set(p.lines).size !== p.lines.length)
      issues.push({ path: [i, 'lines'], params: { reason: 'repeated_line' } });
    for (const line of new Set(p.lines)) {
      if (line >= linePeople.length) issues.push({ path: [i, 'lines'], params: { reason: 'no_such_line', line } });
      else perLine[line]! += 1;
    }
  });
  perLine.forEach((count, line) => {
    if (count > linePeople[line]!) {
      issues.push({ path: [], params: { reason: 'too_many_participants', line, people: linePeople[line]!, count } });
    }
  });
  return issues;
}

export const createBookingRequestSchema = z
  .object({
    lines: z.array(bookingLineRequestSchema).min(1).max(maxBookingLines),
    participants: z.array(participantRequestSchema).max(maxParticipants).default([]),
    notes: z
      .string()
      .trim()
      .max(4000)
      .nullish()
      .transform((value) => value || null),
  })
  .strict()
  .superRefine((body, ctx) => {
    const issues = participantIssues(
      body.participants,
      body.lines.map((l) => l.people),
    );
    for (const { path, params } of issues) ctx.addIssue({ code: 'custom', path: ['participants', ...path], params });
  });
export type CreateBookingRequest = z.input<typeof createBookingRequestSchema>;

/**
 * `POST /bookings/quote`: the lines of a booking, priced for the caller as `POST /bookings` would
 * (same 400 VALIDATION_FAILED and 409 CAPACITY_EXCEEDED refusals). Nothing is written or held.
 */
export const bookingQuoteRequestSchema = z.object({ lines: createBookingRequestSchema.shape.lines }).strict();
export type BookingQuoteRequest = z.input<typeof bookingQuoteRequestSchema>;

export const bookingQuoteLineSchema = z.object({
  experienceId: z.uuid(),
  startDate: calendarDateSchema,
  endDate: calendarDateSchema,
  people: z.number().int(),
  /** Lodging only: the nights priced (unitPriceCents is per person per night). */
  nights: z.number().int().min(1).optional(),
  unitPriceCents: z.number().int().min(0),
  totalCents: z.number().int().min(0),
});
export const bookingQuoteResponseSchema = z.object({
  lines: z.array(bookingQuoteLineSchema),
  totalCents: z.number().int().min(0),
});
export type BookingQuote = z.infer<typeof bookingQuoteResponseSchema>;

/** `Idempotency-Key` header: a client-chosen id of one booking attempt (a UUID is a good choice). */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_.:-]{8,100}$/);

/** `PUT /bookings/:id/participants`: the whole list, replaced atomically. */
export const replaceParticipantsRequestSchema = z
  .object({ participants: z.array(participantRequestSchema).max(maxParticipants) })
  .strict();
