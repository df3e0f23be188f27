import {
  bookingDocumentUploadResponseSchema,
  bookingPageSchema,
  bookingQuoteResponseSchema,
  bookingSchema,
  bookingTimelineSchema,
  type Booking,
  type BookingEvent,
  type BookingQuote,
  type BookingQuoteRequest,
  type CreateBookingRequest,
} from '@promata/contracts';
import type { z } from 'zod';
import { requestBlob, requestJson, type FileResponse } from '../../lib/api-client';
import { privateQueryKey } from '../auth/private-queries';
import type { SessionStore } from '../auth/session-store';

export const bookingsPath = '/api/v1/bookings';

/** Under the private prefix: dropped from the cache the moment the session ends. */
export const bookingsQueryKey = [...privateQueryKey, 'bookings'] as const;

export type BookingPage = z.output<typeof bookingPageSchema>;
export type BookingTimeline = z.output<typeof bookingTimelineSchema>;
type Signal = { signal?: AbortSignal | undefined };

const bookingPath = (id: string) => `${bookingsPath}/${encodeURIComponent(id)}`;

/**
 * Creates the booking. The key identifies one confirmation attempt: a retry after a lost answer
 * sends the same key, and the API answers the booking it already made instead of booking twice.
 */
export function createBooking(session: SessionStore, body: CreateBookingRequest, idempotencyKey: string) {
  return session.authorized((accessToken) =>
    requestJson(bookingsPath, bookingSchema, {
      method: 'POST',
      accessToken,
      body,
      headers: { 'idempotency-key': idempotencyKey },
    }),
  );
}

/** The server's price for the caller (professor exemption included); refuses as a booking would (400, 409). */
export function fetchBookingQuote(
  session: SessionStore,
  body: BookingQuoteRequest,
  { signal }: Signal = {},
): Promise<BookingQuote> {
  return session.authorized((accessToken) =>
    requestJson(`${bookingsPath}/quote`, bookingQuoteResponseSchema, { method: 'POST', accessToken, body, signal }),
  );
}

export function fetchMyBookings(session: SessionStore, page: number, { signal }: Signal = {}): Promise<BookingPage> {
  const params = new URLSearchParams({ page: String(page), pageSize: '20' });
  return session.authorized((accessToken) =>
    requestJson(`${bookingsPath}?${params.toString()}`, bookingPageSchema, { accessToken, signal }),
  );
}

export function fetchBooking(session: SessionStore, id: string, { signal }: Signal = {}): Promise<Booking> {
  return session.authorized((accessToken) => requestJson(bookingPath(id), bookingSchema, { accessToken, signal }));
}

export function fetchBookingEvents(session: SessionStore, id: string, { signal }: Signal = {}) {
  return session.authorized((accessToken) =>
    requestJson(`${bookingPath(id)}/events`, bookingTimelineSchema, { accessToken, signal }),
  );
}

export function transitionBooking(
  session: SessionStore,
  id: string,
  body: { event: BookingEvent; message?: string | undefined },
): Promise<Booking> {
  const message = body.message?.trim();
  return session.authorized((accessToken) =>
    requestJson(`${bookingPath(id)}/transitions`, bookingSchema, {
      method: 'POST',
      accessToken,
      body: { event: body.event, ...(message ? { message } : {}) },
    }),
  );
}

export function replaceParticipants(
  session: SessionStore,
  id: string,
  participants: NonNullable<CreateBookingRequest['participants']>,
): Promise<Booking> {
  return session.authorized((accessToken) =>
    requestJson(`${bookingPath(id)}/participants`, bookingSchema, {
      method: 'PUT',
      accessToken,
      body: { participants },
    }),
  );
}

/** A payment proof (multipart); while payment is awaited the API also fires SEND_PAYMENT_PROOF. */
export function uploadPaymentProof(session: SessionStore, id: string, file: File, message: string) {
  const form = new FormData();
  form.append('kind', 'PAYMENT_PROOF');
  if (message.trim() !== '') form.append('message', message.trim());
  // Last: the API reads the text fields that come before the file.
  form.append('file', file);
  return session.authorized((accessToken) =>
    requestJson(`${bookingPath(id)}/documents`, bookingDocumentUploadResponseSchema, {
      method: 'POST',
      accessToken,
      body: form,
    }),
  );
}

/** The `.ics` needs the bearer token, which a plain link cannot send: fetched as bytes. */
export function fetchBookingCalendar(session: SessionStore, id: string): Promise<FileResponse> {
  return session.authorized((accessToken) => requestBlob(`${bookingPath(id)}/calendar.ics`, { accessToken }));
}
