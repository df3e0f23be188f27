import { queryOptions } from '@tanstack/react-query';
import type { SessionStore } from '../auth/session-store';
import { bookingsQueryKey, fetchBooking, fetchBookingEvents, fetchBookingQuote, fetchMyBookings } from './bookings-api';
import type { CartLine } from './cart-storage';

export function myBookingsQuery(session: SessionStore, page: number) {
  return queryOptions({
    queryKey: [...bookingsQueryKey, 'list', page] as const,
    queryFn: ({ signal }) => fetchMyBookings(session, page, { signal }),
  });
}

export function bookingQuery(session: SessionStore, id: string) {
  return queryOptions({
    queryKey: [...bookingsQueryKey, 'detail', id] as const,
    queryFn: ({ signal }) => fetchBooking(session, id, { signal }),
  });
}

export function bookingEventsQuery(session: SessionStore, id: string) {
  return queryOptions({
    queryKey: [...bookingsQueryKey, 'events', id] as const,
    queryFn: ({ signal }) => fetchBookingEvents(session, id, { signal }),
  });
}

/** The server's quote of the cart's lines, keyed by them: a change of dates or people asks again. */
export function bookingQuoteQuery(session: SessionStore, cartLines: readonly CartLine[]) {
  const lines = cartLines.map(({ experienceId, startDate, endDate, people }) => ({
    experienceId,
    startDate,
    endDate,
    people,
  }));
  return queryOptions({
    queryKey: [...bookingsQueryKey, 'quote', lines] as const,
    queryFn: ({ signal }) => fetchBookingQuote(session, { lines }, { signal }),
  });
}
