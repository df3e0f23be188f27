import {
  bookingDocumentUploadResponseSchema,
  bookingListQuerySchema,
  bookingPageSchema,
  bookingQuoteRequestSchema,
  bookingQuoteResponseSchema,
  bookingSchema,
  bookingTimelineSchema,
  bookingTransitionRequestSchema,
  createBookingRequestSchema,
  deleteBookingRequestSchema,
  idempotencyKeySchema,
  linePriceAdjustmentRequestSchema,
  linePriceAdjustmentResponseSchema,
  replaceParticipantsRequestSchema,
} from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { localeFromAcceptLanguage } from '../../platform/i18n/request-locale.js';
import { readUpload } from '../../platform/uploads/read-upload.js';
import { invalidField } from '../catalogue/validation-failed.js';
import { addBookingDocument } from './add-booking-document.js';
import { adjustLinePrice } from './adjust-line-price.js';
import { createBooking } from './create-booking.js';
import { deleteBooking } from './delete-booking.js';
import { getBooking } from './get-booking.js';
import { bookingCalendar } from './get-booking-calendar.js';
import { listBookingEvents } from './list-booking-events.js';
import { listBookings } from './list-bookings.js';
import { quoteBooking } from './quote-booking.js';
import { replaceParticipants } from './replace-participants.js';
import { transitionBooking } from './transition-booking.js';

const byId = z.object({ id: z.uuid() });
const byLine = z.object({ id: z.uuid(), lineId: z.uuid() });

/** The header is optional; when present it must be a sensible key (checked here, not by a schema that would strip other headers). */
function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const parsed = idempotencyKeySchema.safeParse(header);
  if (!parsed.success) {
    throw invalidField('headers.idempotency-key', 'invalid_format', { format: 'regex' });
  }
  return parsed.data;
}

/** Bookings under /api/v1/bookings: the owner's and, for staff with MFA, everyone's. */
export const bookingRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['bookings'];
    const signedIn = { access: 'authenticated' as const };

    app.post(
      '/api/v1/bookings',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Book one or more experiences (Idempotency-Key header: a retry answers the first booking)',
          body: createBookingRequestSchema,
          response: { 201: bookingSchema },
        },
      },
      async (request, reply) => {
        const key = idempotencyKeyOf(request.headers['idempotency-key']);
        const { booking, replayed } = await createBooking(context, requireActor(request), request.body, key);
        if (replayed) reply.header('idempotent-replayed', 'true');
        return reply.code(201).send(booking);
      },
    );

    app.post(
      '/api/v1/bookings/quote',
      {
        config: signedIn,
        schema: {
          tags,
          summary: "The caller's price for some lines, checked as a booking would be (nothing is written)",
          body: bookingQuoteRequestSchema,
          response: { 200: bookingQuoteResponseSchema },
        },
      },
      async (request) => quoteBooking(context, requireActor(request), request.body),
    );

    app.get(
      '/api/v1/bookings/:id',
      {
        config: signedIn,
        schema: { tags, summary: 'One booking (owner or staff)', params: byId, response: { 200: bookingSchema } },
      },
      async (request) => getBooking(context, requireActor(request), request.params.id),
    );

    app.get(
      '/api/v1/bookings/:id/events',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'The booking timeline, oldest first',
          params: byId,
          response: { 200: bookingTimelineSchema },
        },
      },
      async (request) => listBookingEvents(context, requireActor(request), request.params.id),
    );

    app.delete(
      '/api/v1/bookings/:id',
      {
        // ROOT only: to everyone else the route answers 404, like a booking that does not exist.
        config: { access: 'root' },
        schema: {
          tags,
          summary: 'Erase a booking and everything under it (ROOT; body: its reference typed again and a reason)',
          params: byId,
          body: deleteBookingRequestSchema,
          response: { 204: z.null().describe('No content') },
        },
      },
      async (request, reply) => {
        await deleteBooking(context, requireActor(request), request.params.id, request.body);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/bookings/:id/transitions',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Move the booking through its workflow (409 INVALID_TRANSITION lists the allowed events)',
          params: byId,
          body: bookingTransitionRequestSchema,
          response: { 200: bookingSchema },
        },
      },
      async (request) => transitionBooking(context, requireActor(request), request.params.id, request.body),
    );

    app.post(
      '/api/v1/bookings/:id/lines/:lineId/price-adjustments',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary:
            "Staff: set one line's total (centavos) with a reason; the owner is told (409 CONFLICT BOOKING_CLOSED once final)",
          params: byLine,
          body: linePriceAdjustmentRequestSchema,
          response: { 201: linePriceAdjustmentResponseSchema },
        },
      },
      async (request, reply) => {
        const { id, lineId } = request.params;
        const result = await adjustLinePrice(context, requireActor(request), { bookingId: id, lineId }, request.body);
        return reply.code(201).send(result);
      },
    );

    app.get(
      '/api/v1/bookings',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Own bookings; for staff the inbox of all, with filters and counts per status',
          querystring: bookingListQuerySchema,
          response: { 200: bookingPageSchema },
        },
      },
      async (request) => listBookings(context, requireActor(request), request.query),
    );

    app.put(
      '/api/v1/bookings/:id/participants',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Replace the participant list (owner while CREATED or PEOPLE_REQUESTED; staff while open)',
          params: byId,
          body: replaceParticipantsRequestSchema,
          response: { 200: bookingSchema },
        },
      },
      async (request) =>
        replaceParticipants(context, requireActor(request), request.params.id, request.body.participants),
    );

    app.post(
      '/api/v1/bookings/:id/documents',
      {
        config: signedIn,
        schema: {
          tags,
          summary: 'Attach a file (multipart: file, kind, message?); a payment proof awaited fires SEND_PAYMENT_PROOF',
          params: byId,
          response: { 201: bookingDocumentUploadResponseSchema },
        },
      },
      async (request, reply) => {
        const upload = await readUpload(request, { fieldName: 'file', maxBytes: context.config.UPLOAD_MAX_BYTES });
        const result = await addBookingDocument(context, requireActor(request), request.params.id, upload);
        return reply.code(201).send(result);
      },
    );

    app.get(
      '/api/v1/bookings/:id/calendar.ics',
      {
        config: signedIn,
        schema: { tags, summary: 'The booking as an iCalendar file (RFC 5545)', params: byId },
      },
      async (request, reply) => {
        const locale = localeFromAcceptLanguage(request.headers['accept-language']);
        const ics = await bookingCalendar(context, requireActor(request), request.params.id, locale);
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="promata-${request.params.id.slice(0, 8)}.ics"`)
          .header('cache-control', 'private, no-store')
          .send(ics);
      },
    );
  };
