import { liveResponseSchema, readyResponseSchema, type ReadyResponse } from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { checkReadiness } from './check-readiness.js';

/** Liveness says the process answers; readiness says it can serve (DB and Redis reachable). */
export const healthRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health/live',
      { schema: { tags: ['ops'], summary: 'The process is alive', response: { 200: liveResponseSchema } } },
      async () => ({ status: 'ok' as const }),
    );

    app.get(
      '/health/ready',
      {
        schema: {
          tags: ['ops'],
          summary: 'The process can serve traffic: database and Redis answer',
          response: { 200: readyResponseSchema, 503: readyResponseSchema },
        },
      },
      async (_request, reply): Promise<ReadyResponse> => {
        const readiness = await checkReadiness(context);
        reply.header('cache-control', 'no-store');
        return reply.code(readiness.status === 'ready' ? 200 : 503).send(readiness);
      },
    );
  };
