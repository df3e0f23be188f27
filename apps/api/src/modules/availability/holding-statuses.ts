import type { BookingStatus } from '../../platform/db/schema.js';

/**
 * Bookings in these states no longer hold places (DESIGN.md §2); every other state does, from
 * CREATED to COMPLETED. Listed by exclusion so a status added later holds places until someone
 * decides otherwise, which errs towards never overbooking.
 */
export const releasedBookingStatuses = ['REJECTED', 'CANCELED', 'EXPIRED'] as const satisfies readonly BookingStatus[];
