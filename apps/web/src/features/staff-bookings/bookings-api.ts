import {
  bookingPageSchema,
  bookingSchema,
  bookingTimelineSchema,
  type Booking,
  type BookingEvent,
  type DeleteBookingRequest,
} from '@promata/contracts';
import type { z } from 'zod';
import { requestJson, requestVoid } from '../../lib/api-client';
import { privateQueryKey } from '../auth/private-queries';
import type { SessionStore } from '../auth/session-store';

const apiPath = '/api/v1';

// Under the private prefix: visitors' personal data (names, documents), fetched with this
// session, must be dropped from the cache at sign-out.
export const staffBookingsQueryKey = [...privateQueryKey, 'staff-bookings'] as const;
export const bookingInboxQueryKey = [...staffBookingsQueryKey, 'inbox'] as const;
export const staffBookingQueryKey = (id: string) => [...staffBookingsQueryKey, 'booking', id] as const;

export type BookingPage = z.output<typeof bookingPageSchema>;
export type BookingSummary = BookingPage['items'][number];
export type BookingTimeline = z.output<typeof bookingTimelineSchema>;
export type BookingTimelineEntry = BookingTimeline['items'][number];
export type { Booking };

type Signal = { signal?: AbortSignal | undefined };

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const bookingPath = (id: string) => `${apiPath}/bookings/${encodeURIComponent(id)}`;

export function fetchBookingInbox(
  session: SessionStore,
  params: URLSearchParams,
  { signal }: Signal = {},
): Promise<BookingPage> {
  return session.authorized((accessToken) =>
    requestJson(`${apiPath}/bookings?${params.toString()}`, bookingPageSchema, { accessToken, ...withSignal(signal) }),
  );
}

export function fetchBooking(session: SessionStore, id: string, { signal }: Signal = {}): Promise<Booking> {
  return session.authorized((accessToken) =>
    requestJson(bookingPath(id), bookingSchema, { accessToken, ...withSignal(signal) }),
  );
}

export function fetchBookingEvents(
  session: SessionStore,
  id: string,
  { signal }: Signal = {},
): Promise<BookingTimeline> {
  return session.authorized((accessToken) =>
    requestJson(`${bookingPath(id)}/events`, bookingTimelineSchema, { accessToken, ...withSignal(signal) }),
  );
}

/** 409 INVALID_TRANSITION when the booking moved since it was shown (someone acted first). */
export function transitionBooking(
  session: SessionStore,
  id: string,
  body: { event: BookingEvent; message?: string },
): Promise<Booking> {
  return session.authorized((accessToken) =>
    requestJson(`${bookingPath(id)}/transitions`, bookingSchema, { method: 'POST', accessToken, body }),
  );
}

/** ROOT only: erases the booking (204). 400 VALIDATION_FAILED on `body.reference` when it does not match. */
export function deleteBooking(session: SessionStore, id: string, body: DeleteBookingRequest): Promise<void> {
  return session.authorized((accessToken) => requestVoid(bookingPath(id), { method: 'DELETE', accessToken, body }));
}
