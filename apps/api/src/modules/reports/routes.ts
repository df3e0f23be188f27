import { Readable } from 'node:stream';
import {
  demographicsReportSchema,
  occupancyReportSchema,
  reportRangeQuerySchema,
  revenueReportSchema,
  visitorsReportSchema,
} from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { bookingsCsv, bookingsCsvFileName } from './bookings-csv.js';
import { demographicsReport } from './demographics-report.js';
import { occupancyReport } from './occupancy-report.js';
import { checkReportRange } from './report-range.js';
import { revenueReport } from './revenue-report.js';
import { visitorsReport } from './visitors-report.js';

/** Staff reports under /api/v1/reports: SQL aggregates over a bounded date range (ADR 37). */
export const reportRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['reports'];
    const staff = { access: 'staff' as const };
    const rangeNote = 'from/to: calendar dates, both included, at most 24 months (400 range_too_long)';

    app.get(
      '/api/v1/reports/occupancy',
      {
        config: staff,
        schema: {
          tags,
          summary: `Place-days offered and taken per experience and month; ${rangeNote}`,
          querystring: reportRangeQuerySchema,
          response: { 200: occupancyReportSchema },
        },
      },
      async (request) => occupancyReport(context, checkReportRange(request.query)),
    );

    app.get(
      '/api/v1/reports/visitors',
      {
        config: staff,
        schema: {
          tags,
          summary: `People per experience category and month; ${rangeNote}`,
          querystring: reportRangeQuerySchema,
          response: { 200: visitorsReportSchema },
        },
      },
      async (request) => visitorsReport(context, checkReportRange(request.query)),
    );

    app.get(
      '/api/v1/reports/demographics',
      {
        config: staff,
        schema: {
          tags,
          summary: `Participants by gender, age band and nationality; ${rangeNote}`,
          querystring: reportRangeQuerySchema,
          response: { 200: demographicsReportSchema },
        },
      },
      async (request) => demographicsReport(context, checkReportRange(request.query)),
    );

    app.get(
      '/api/v1/reports/revenue',
      {
        config: staff,
        schema: {
          tags,
          summary: `Quoted and approved-payment totals per month (centavos); ${rangeNote}`,
          querystring: reportRangeQuerySchema,
          response: { 200: revenueReportSchema },
        },
      },
      async (request) => revenueReport(context, checkReportRange(request.query)),
    );

    app.get(
      '/api/v1/reports/bookings.csv',
      {
        config: staff,
        schema: {
          tags,
          summary: `Bookings whose visit starts in the range, one row per participant (streamed CSV, UTF-8 with BOM); ${rangeNote}`,
          querystring: reportRangeQuerySchema,
        },
      },
      async (request, reply) => {
        const range = checkReportRange(request.query);
        const chunks = Readable.from(bookingsCsv(context.database.db, range), { objectMode: false });
        return reply
          .type('text/csv; charset=utf-8; header=present')
          .header('content-disposition', `attachment; filename="${bookingsCsvFileName(range)}"`)
          .header('cache-control', 'private, no-store')
          .send(chunks);
      },
    );
  };
