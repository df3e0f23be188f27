import { z } from 'zod';
import { experienceCategorySchema, localizedTextSchema } from './catalogue/common.js';
import { identityDocumentOutputSchema } from './documents-br.js';
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

/**
 * Timeline entries: the fired events, plus CREATE, CANCEL_REJECTED for a rejected cancellation and
 * PRICE_ADJUSTED for a staff price adjustment (its status stays: from and to are the same).
 */
export const bookingTimelineEvents = [
  'CREATE',
  ...bookingEvents.filter((e) => e !== 'REJECT_CANCELLATION'),
  'CANCEL_REJECTED',
  'PRICE_ADJUSTED',
] as const;
export type BookingTimelineEvent = (typeof bookingTimelineEvents)[number];

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
  /** What is owed for the line: the quote, or the latest staff adjustment of it. */
  totalCents: z.number().int().min(0),
  /** The total quoted at creation, kept when staff adjust the price (equal to totalCents until then). */
  quotedTotalCents: z.number().int().min(0),
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
  /** PRICE_ADJUSTED only (null otherwise): which line, from which total to which; the reason is `message`. */
  priceAdjustment: z
    .object({
      lineId: z.uuid(),
      experienceName: localizedTextSchema,
      fromTotalCents: z.number().int().min(0),
      toTotalCents: z.number().int().min(0),
    })
    .nullable(),
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
  experiences: z.array(z.object({ id: z.uuid(), name: localizedTextSchema, category: experienceCategorySchema })),
  createdAt: z.iso.datetime(),
});
export const bookingPageSchema = pageOf(bookingSummarySchema).extend({
  /** Bookings per status among those the filters (other than status) select. */
  counts: z.partialRecord(bookingStatusSchema, z.number().int()),
});

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
