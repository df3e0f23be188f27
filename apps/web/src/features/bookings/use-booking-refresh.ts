import type { Booking } from '@promata/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { bookingsQueryKey } from './bookings-api';
import { bookingQuery } from './booking-queries';
import { useSessionStore } from '../auth/session-context';

/** After an action: the answered booking at once, then the timeline and the list fetched again. */
export function useBookingRefresh(): (booking: Booking) => Promise<void> {
  const queryClient = useQueryClient();
  const session = useSessionStore();
  return async (booking) => {
    queryClient.setQueryData(bookingQuery(session, booking.id).queryKey, booking);
    await queryClient.invalidateQueries({ queryKey: bookingsQueryKey });
  };
}
