import { z } from 'zod';
import { bookingStatusSchema } from './bookings.js';
import { experienceCategorySchema, localizedTextSchema } from './catalogue/common.js';
import { calendarDateSchema } from './me.js';

/** Days of occupancy the dashboard shows, today included. */
export const dashboardOccupancyDays = 30;

/** States in which the next move is staff's (the workflow's STAFF events leave them). */
export const staffActionStatuses = [
  'CREATED',
  'PEOPLE_SENT',
  'PAYMENT_SENT',
  'PAYMENT_APPROVED',
  'CANCEL_REQUESTED',
] as const;

const experienceRef = z.object({ id: z.uuid(), name: localizedTextSchema, category: experienceCategorySchema });

export const dashboardSchema = z.object({
  /** Today in the reserve's time zone; the week is Monday to Sunday around it. */
  today: calendarDateSchema,
  weekStart: calendarDateSchema,
  weekEnd: calendarDateSchema,
  /** People arriving (lines starting) per experience, bookings that hold places only. */
  arrivals: z.object({
    today: z.array(z.object({ experience: experienceRef, people: z.number().int(), bookings: z.number().int() })),
    week: z.array(z.object({ experience: experienceRef, people: z.number().int(), bookings: z.number().int() })),
  }),
  waiting: z.object({
    counts: z.array(z.object({ status: bookingStatusSchema, count: z.number().int() })),
    /** The oldest waiting bookings (by last change), at most 20. */
    oldest: z.array(
      z.object({
        id: z.uuid(),
        status: bookingStatusSchema,
        ownerName: z.string(),
        startDate: calendarDateSchema.nullable(),
        waitingSince: z.iso.datetime(),
        /** Whole hours since waitingSince. */
        ageHours: z.number().int().min(0),
      }),
    ),
  }),
  occupancy: z.array(
    z.object({
      experience: experienceRef,
      days: z.array(z.object({ date: calendarDateSchema, capacity: z.number().int(), taken: z.number().int() })),
    }),
  ),
  professorRequests: z.object({ count: z.number().int(), oldestAt: z.iso.datetime().nullable() }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
