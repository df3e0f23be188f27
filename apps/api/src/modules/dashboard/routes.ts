import { dashboardSchema } from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { getDashboard } from './get-dashboard.js';

/** The staff console's first page. */
export const dashboardRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/dashboard',
      {
        config: { access: 'staff' },
        schema: {
          tags: ['reports'],
          summary: "Today's and this week's arrivals, bookings waiting on staff, 30 days of occupancy, professor queue",
          response: { 200: dashboardSchema },
        },
      },
      async () => getDashboard(context),
    );
  };
