import { availabilityQuerySchema, availabilityResponseSchema } from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { registerHttpCaching } from '../catalogue/http-cache.js';
import { getExperienceAvailability } from './get-experience-availability.js';

/**
 * GET /experiences/:id/availability. Cached for 15 s only: places change with every booking, and a
 * stale "2 left" is worse than a stale description. The booking itself re-checks in the database.
 */
export const availabilityRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    registerHttpCaching(app);
    app.get(
      '/api/v1/experiences/:id/availability',
      {
        config: { access: 'public', publicCacheSeconds: 15 },
        schema: {
          tags: ['catalogue'],
          summary: 'Remaining places per day (per night for lodging), at most 62 days',
          params: z.object({ id: z.uuid() }),
          querystring: availabilityQuerySchema,
          response: { 200: availabilityResponseSchema },
        },
      },
      async (request) => getExperienceAvailability(context, request.actor, request.params.id, request.query),
    );
  };
