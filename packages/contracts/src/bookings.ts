import { z } from 'zod';
import { experienceCategorySchema, localizedTextSchema } from './catalogue/common.js';
import { identityDocumentOutputSchema, identityDocumentSchema } from './documents-br.js';
import { calendarDateSchema, genderSchema } from './me.js';
import { pageOf } from './pagination.js';

/**
 * Bookings (reservation groups): lines of experiences with dates and people, participants, and the
 * server-enforced workflow of DESIGN.md §2. Dates are `[startDate, endDate)` calendar dates in the
 * reserve's time zone for every category (a trail day d is d → d+1, lodging check-in → check-out,
 * an event its first day → the day after its last). Money is integer centavos.
 */
export const maxBookingLines = 10;
export const maxPeoplePerLine = 500;
export const maxParticipants = 500;

export const bookingStatuses = [
  'CREATED',
  'PEOPLE_REQUESTED',
  'PEOPLE_SENT',
  'PAYMENT_REQUESTED',
  'PAYMENT_SENT',
  'PAYMENT_APPROVED',
  'PAYMENT_REJECTED',
  'APPROVED',
  'CANCEL_REQUESTED',
  'REJECTED',
  'CANCELED',
  'EXPIRED',
  'COMPLETED',
] as const;
export type BookingStatus = (typeof bookingStatuses)[number];
export const bookingStatusSchema = z.enum(bookingStatuses);

/** What a caller may fire (`POST /bookings/:id/transitions`); EXPIRE and COMPLETE are the system's. */
export const bookingEvents = [
  'APPROVE',
  'REJECT',
  'REQUEST_PEOPLE',
  'SEND_PEOPLE',
  'REQUEST_PAYMENT',
  'SEND_PAYMENT_PROOF',
  'APPROVE_PAYMENT',
  'REJECT_PAYMENT',
  'REQUEST_CANCELLATION',
  'APPROVE_CANCELLATION',
  'REJECT_CANCELLATION',
  'CANCEL',
  'EXPIRE',
  'COMPLETE',
] as const;
export type BookingEvent = (typeof bookingEvents)[number];
export const bookingEventSchema = z.enum(bookingEvents);

/** Timeline entries: the fired events, plus CREATE, and CANCEL_REJECTED for a rejected cancellation. */
export const bookingTimelineEvents = [
  'CREATE',
  ...bookingEvents.filter((e) => e !== 'REJECT_CANCELLATION'),
  'CANCEL_REJECTED',
] as const;
export type BookingTimelineEvent = (typeof bookingTimelineEvents)[number];

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

export const bookingLineSchema = z.object({
  id: z.uuid(),
  experienceId: z.uuid(),
  experienceName: localizedTextSchema,
  category: experienceCategorySchema,
  startDate: calendarDateSchema,
  endDate: calendarDateSchema,
  people: z.number().int(),
  /** Price per person (per person per night for lodging) quoted at creation; 0 when exempt. */
  unitPriceCents: z.number().int().min(0),
  totalCents: z.number().int().min(0),
});

export const participantSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  document: identityDocumentOutputSchema,
  birthDate: calendarDateSchema,
  gender: genderSchema,
  phone: z.string().nullable(),
  lines: z.array(z.number().int().min(0)),
});

export const bookingDocumentKinds = ['PAYMENT_PROOF', 'BOOKING_DOCUMENT'] as const;
export const bookingDocumentSchema = z.object({
  id: z.uuid(),
  kind: z.enum(bookingDocumentKinds),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  originalName: z.string().nullable(),
  createdAt: z.iso.datetime(),
});

export const bookingSchema = z.object({
  id: z.uuid(),
  status: bookingStatusSchema,
  owner: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  notes: z.string().nullable(),
  totalCents: z.number().int().min(0),
  startDate: calendarDateSchema,
  endDate: calendarDateSchema,
  paymentDeadline: z.iso.datetime().nullable(),
  lines: z.array(bookingLineSchema),
  participants: z.array(participantSchema),
  documents: z.array(bookingDocumentSchema),
  /** Events the caller may fire now (the state machine's answer for this caller). */
  allowedEvents: z.array(bookingEventSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Booking = z.infer<typeof bookingSchema>;

/** One day that would go over capacity: the body of 409 CAPACITY_EXCEEDED is `{ days: [...] }`. */
export const capacityExceededDaySchema = z.object({
  experienceId: z.uuid(),
  date: calendarDateSchema,
  capacity: z.number().int(),
  remaining: z.number().int().min(0),
  requested: z.number().int(),
});
export type CapacityExceededDay = z.infer<typeof capacityExceededDaySchema>;

export const bookingTransitionRequestSchema = z
  .object({
    event: bookingEventSchema,
    message: z.string().trim().max(2000).optional(),
    /** SEND_PAYMENT_PROOF: the PAYMENT_PROOF document uploaded to this booking. */
    documentId: z.uuid().optional(),
  })
  .strict();

export const bookingTimelineEntrySchema = z.object({
  id: z.number().int(),
  event: z.enum(bookingTimelineEvents),
  fromStatus: bookingStatusSchema.nullable(),
  toStatus: bookingStatusSchema,
  actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  actorRole: z.enum(['OWNER', 'STAFF', 'SYSTEM']),
  message: z.string().nullable(),
  documentId: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
});
export const bookingTimelineSchema = z.object({ items: z.array(bookingTimelineEntrySchema) });

export const bookingListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: bookingStatusSchema.optional(),
  q: z.string().trim().max(100).optional(),
  experienceId: z.uuid().optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  /** By creation time; `oldest` lets staff serve the bookings waiting on them first come, first served. */
  order: z.enum(['newest', 'oldest']).optional(),
});

export const bookingSummarySchema = z.object({
  id: z.uuid(),
  status: bookingStatusSchema,
  owner: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  totalCents: z.number().int().min(0),
  startDate: calendarDateSchema,
  endDate: calendarDateSchema,
  people: z.number().int(),
  experiences: z.array(z.object({ id: z.uuid(), name: localizedTextSchema })),
  createdAt: z.iso.datetime(),
});
export const bookingPageSchema = pageOf(bookingSummarySchema).extend({
  /** Bookings per status among those the filters (other than status) select. */
  counts: z.partialRecord(bookingStatusSchema, z.number().int()),
});

export const replaceParticipantsRequestSchema = z
  .object({ participants: z.array(participantRequestSchema).max(maxParticipants) })
  .strict();

/** The text fields of `POST /bookings/:id/documents` beside the `file` part. */
export const bookingDocumentFieldsSchema = z
  .object({
    kind: z.enum(bookingDocumentKinds),
    /** With a payment proof: the note sent with the SEND_PAYMENT_PROOF transition it fires. */
    message: z.string().trim().max(2000).optional(),
  })
  .strict();

/**
 * The answer of `POST /bookings/:id/documents`: the stored file and the booking after it. A payment
 * proof sent by the owner while payment is awaited also fires SEND_PAYMENT_PROOF (one call).
 */
export const bookingDocumentUploadResponseSchema = z.object({
  document: bookingDocumentSchema,
  booking: bookingSchema,
  transitioned: z.boolean(),
});
