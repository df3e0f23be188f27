import {
  createExperienceRequestSchema,
  experienceListQuerySchema,
  experiencePageSchema,
  experienceSchema,
  updateExperienceRequestSchema,
} from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { registerHttpCaching } from '../catalogue/http-cache.js';
import { createExperience } from './create-experience.js';
import { deleteExperience } from './delete-experience.js';
import { getExperience } from './get-experience.js';
import { listExperiences } from './list-experiences.js';
import { updateExperience } from './update-experience.js';

const byId = z.object({ id: z.uuid() });
const noContent = { 204: z.null().describe('No content') };

/**
 * The catalogue under /api/v1/experiences: public reads (active experiences; staff with MFA see
 * everything, uncached) and staff writes. Availability and pictures have their own plugins.
 */
export const experienceRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    registerHttpCaching(app);
    const tags = ['catalogue'];
    const publicRead = { access: 'public' as const, publicCacheSeconds: 60 };
    const staff = { access: 'staff' as const };

    app.get(
      '/api/v1/experiences',
      {
        config: publicRead,
        schema: {
          tags,
          summary: 'Search the catalogue (category, words, dates with places left)',
          querystring: experienceListQuerySchema,
          response: { 200: experiencePageSchema },
        },
      },
      async (request) => listExperiences(context, request.actor, request.query),
    );

    app.get(
      '/api/v1/experiences/:id',
      {
        config: publicRead,
        schema: {
          tags,
          summary: 'One experience with its pictures',
          params: byId,
          response: { 200: experienceSchema },
        },
      },
      async (request) => getExperience(context, request.actor, request.params.id),
    );

    app.post(
      '/api/v1/experiences',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Add an experience (fields depend on the category)',
          body: createExperienceRequestSchema,
          response: { 201: experienceSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createExperience(context, requireActor(request), request.body)),
    );

    app.patch(
      '/api/v1/experiences/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Change an experience (not its category); deactivate rather than delete once booked',
          params: byId,
          body: updateExperienceRequestSchema,
          response: { 200: experienceSchema },
        },
      },
      async (request) => updateExperience(context, requireActor(request), request.params.id, request.body),
    );

    app.delete(
      '/api/v1/experiences/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Delete a never-booked experience (409 HAS_BOOKINGS otherwise: deactivate it)',
          params: byId,
          response: noContent,
        },
      },
      async (request, reply) => {
        await deleteExperience(context, requireActor(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
