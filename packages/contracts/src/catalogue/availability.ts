import { z } from 'zod';
import { calendarDateSchema } from '../me.js';
import { dateRangeIsBounded, experienceCategorySchema, localizedTextSchema, reserveTimeZone } from './common.js';

export const availabilityQuerySchema = z
  .object({ from: calendarDateSchema, to: calendarDateSchema })
  .superRefine(dateRangeIsBounded);

export type AvailabilityQuery = z.input<typeof availabilityQuerySchema>;

/** Why a day cannot be booked, checked in this order (the first that applies is given). */
export const closedDayReasons = ['PAST', 'OUTSIDE_WINDOW', 'WEEK_DAY', 'CLOSED', 'NOTICE', 'ADVANCE'] as const;
export type ClosedDayReason = (typeof closedDayReasons)[number];

export const availabilityDaySchema = z.object({
  /** The day (the night starting on it, for HOSTING). */
  date: calendarDateSchema,
  capacity: z.number().int(),
  /** Capacity minus the people of bookings that hold places; never negative. */
  remaining: z.number().int().min(0),
  /** Whether the calendar allows booking that day (a full day is open with 0 remaining). */
  open: z.boolean(),
  reason: z.enum(closedDayReasons).optional(),
  /** With reason CLOSED: what staff told visitors. */
  closures: z.array(z.object({ id: z.uuid(), reason: localizedTextSchema })).optional(),
});
export const availabilityResponseSchema = z.object({
  experienceId: z.uuid(),
  category: experienceCategorySchema,
  timeZone: z.literal(reserveTimeZone),
  /** Today in the reserve's time zone, which PAST, NOTICE and ADVANCE count from. */
  today: calendarDateSchema,
  days: z.array(availabilityDaySchema),
});
export type AvailabilityResponse = z.infer<typeof availabilityResponseSchema>;
export type AvailabilityDay = z.infer<typeof availabilityDaySchema>;
