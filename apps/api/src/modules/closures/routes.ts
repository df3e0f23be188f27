import {
  closureListQuerySchema,
  closurePageSchema,
  createClosureRequestSchema,
  createClosureResponseSchema,
  updateClosureRequestSchema,
  updateClosureResponseSchema,
} from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { registerHttpCaching } from '../catalogue/http-cache.js';
import { createClosure } from './create-closure.js';
import { deleteClosure } from './delete-closure.js';
import { listClosures } from './list-closures.js';
import { updateClosure } from './update-closure.js';

/** Closures: public list of upcoming ones (for visitors), staff create, edit and delete. */
export const closureRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    registerHttpCaching(app);
    const tags = ['catalogue'];
    const staff = { access: 'staff' as const };
    const byId = z.object({ id: z.uuid() });

    app.get(
      '/api/v1/closures',
      {
        config: { access: 'public', publicCacheSeconds: 60 },
        schema: {
          tags,
          summary: 'Upcoming closures (one experience or the whole reserve)',
          querystring: closureListQuerySchema,
          response: { 200: closurePageSchema },
        },
      },
      async (request) => listClosures(context, request.actor, request.query),
    );

    app.post(
      '/api/v1/closures',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Close an experience, or the whole reserve, for some days',
          body: createClosureRequestSchema,
          response: { 201: createClosureResponseSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await createClosure(context, requireActor(request), request.body)),
    );

    app.patch(
      '/api/v1/closures/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Change the days, what closes or the reason of a closure',
          params: byId,
          body: updateClosureRequestSchema,
          response: { 200: updateClosureResponseSchema },
        },
      },
      async (request) => updateClosure(context, requireActor(request), request.params.id, request.body),
    );

    app.delete(
      '/api/v1/closures/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Remove a closure',
          params: byId,
          response: { 204: z.null().describe('No content') },
        },
      },
      async (request, reply) => {
        await deleteClosure(context, requireActor(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
