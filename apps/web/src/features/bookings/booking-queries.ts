import { queryOptions } from '@tanstack/react-query';
import type { SessionStore } from '../auth/session-store';
import { bookingsQueryKey, fetchBooking, fetchBookingEvents, fetchMyBookings } from './bookings-api';

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
