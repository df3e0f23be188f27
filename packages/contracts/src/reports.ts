import { z } from 'zod';
import { experienceCategorySchema, localizedTextSchema } from './catalogue/common.js';
import { calendarDateSchema, genderSchema } from './me.js';

/**
 * Staff reports over a range of calendar dates in the reserve's time zone, both ends included.
 * Months are `YYYY-MM`; money is integer centavos. The API refuses a reversed range
 * (`range_reversed`) or one longer than `maxReportMonths` months (`range_too_long`) with a 400
 * VALIDATION_FAILED naming `query.to`.
 */
export const maxReportMonths = 24;

/** The same day `months` later (the month's last day when it is shorter), as plain calendar arithmetic. */
export function addCalendarMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export type ReportRangeIssue = 'range_reversed' | 'range_too_long';

/** What is wrong with a range of valid dates, if anything: the API's rule, shared with the form. */
export function reportRangeIssue(from: string, to: string): ReportRangeIssue | undefined {
  if (to < from) return 'range_reversed';
  if (to >= addCalendarMonths(from, maxReportMonths)) return 'range_too_long';
  return undefined;
}

export const reportRangeQuerySchema = z.object({ from: calendarDateSchema, to: calendarDateSchema });
export type ReportRangeQuery = z.infer<typeof reportRangeQuerySchema>;

export const reportMonthSchema = z.string().regex(/^\d{4}-\d{2}$/);

/** Place-days: the sum over open days of the capacity, and of the people holding places. */
export const occupancyReportSchema = z.object({
  from: calendarDateSchema,
  to: calendarDateSchema,
  rows: z.array(
    z.object({
      experienceId: z.uuid(),
      name: localizedTextSchema,
      category: experienceCategorySchema,
      month: reportMonthSchema,
      capacity: z.number().int().min(0),
      taken: z.number().int().min(0),
      /** taken / capacity; null when nothing was on offer (inactive, closed); may exceed 1 after a capacity cut. */
      rate: z.number().min(0).nullable(),
    }),
  ),
});
export type OccupancyReport = z.infer<typeof occupancyReportSchema>;

/** People of the lines of bookings that hold places, by the month their visit starts. */
export const visitorsReportSchema = z.object({
  from: calendarDateSchema,
  to: calendarDateSchema,
  rows: z.array(
    z.object({ month: reportMonthSchema, category: experienceCategorySchema, people: z.number().int().min(0) }),
  ),
});
export type VisitorsReport = z.infer<typeof visitorsReportSchema>;

export const ageBands = ['0-11', '12-17', '18-29', '30-44', '45-59', '60+'] as const;
export type AgeBand = (typeof ageBands)[number];
export const nationalities = ['BRAZILIAN', 'FOREIGN'] as const;
export type Nationality = (typeof nationalities)[number];

/** Named participants of bookings that hold places and whose visit starts in the range. */
export const demographicsReportSchema = z.object({
  from: calendarDateSchema,
  to: calendarDateSchema,
  total: z.number().int().min(0),
  gender: z.array(z.object({ gender: genderSchema, count: z.number().int().min(0) })),
  /** Age on the first day of the visit. */
  ageBand: z.array(z.object({ band: z.enum(ageBands), count: z.number().int().min(0) })),
  /** CPF holders are Brazilian, passport holders foreign. */
  nationality: z.array(z.object({ nationality: z.enum(nationalities), count: z.number().int().min(0) })),
});
export type DemographicsReport = z.infer<typeof demographicsReportSchema>;

/**
 * Quoted: totals of the bookings created in the month (every state). Approved: totals of the
 * bookings whose payment staff approved in the month (first approval counts).
 */
export const revenueReportSchema = z.object({
  from: calendarDateSchema,
  to: calendarDateSchema,
  rows: z.array(
    z.object({
      month: reportMonthSchema,
      quotedCents: z.number().int().min(0),
      quotedBookings: z.number().int().min(0),
      approvedCents: z.number().int().min(0),
      approvedBookings: z.number().int().min(0),
    }),
  ),
});
export type RevenueReport = z.infer<typeof revenueReportSchema>;

/** The columns of `GET /reports/bookings.csv`, fixed English machine names (ADR 37). */
export const bookingsCsvColumns = [
  'booking_id',
  'booking_status',
  'booking_created_at',
  'booking_starts_on',
  'booking_ends_on',
  'booking_total_cents',
  'owner_name',
  'owner_email',
  'experiences',
  'participant_position',
  'participant_name',
  'participant_document_type',
  'participant_document_number',
  'participant_birth_date',
  'participant_gender',
] as const;
