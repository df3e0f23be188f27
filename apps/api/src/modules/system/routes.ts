import { infoResponseSchema, type InfoResponse } from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';

/** Public facts about this installation, shown on the web home page. Nothing secret in here. */
export const systemRoutes =
  ({ config, database, kv, version }: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/info',
      {
        config: { access: 'public' },
        schema: { tags: ['ops'], summary: 'Platform version and storage kinds', response: { 200: infoResponseSchema } },
      },
      async (): Promise<InfoResponse> => ({
        name: 'Pró-Mata',
        version,
        environment: config.NODE_ENV,
        storage: { database: database.kind, sessions: kv.kind },
        time: new Date().toISOString(),
      }),
    );
  };
