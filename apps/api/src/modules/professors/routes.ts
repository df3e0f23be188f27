import { professorRequestListQuerySchema, professorRequestPageSchema } from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/context.js';
import { listProfessorRequests } from './list-professor-requests.js';

/** The professor verification queue (decisions are POST /users/:id/professor-verification). */
export const professorRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/professor-requests',
      {
        config: { access: 'staff' },
        schema: {
          tags: ['users'],
          summary: 'Professor verification requests',
          querystring: professorRequestListQuerySchema,
          response: { 200: professorRequestPageSchema },
        },
      },
      async (request) => {
        const { items, total } = await listProfessorRequests(context, request.query);
        return { items, total, page: request.query.page, pageSize: request.query.pageSize };
      },
    );
  };
