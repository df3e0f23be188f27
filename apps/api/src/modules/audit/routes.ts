import { auditPageSchema, auditQuerySchema } from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { listAuditEvents } from './list-audit-events.js';

/** The audit trail for staff (read only: nothing in the application changes or deletes it). */
export const auditRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/audit',
      {
        config: { access: 'staff' },
        schema: {
          tags: ['audit'],
          summary: 'Who did what and when, newest first (entries about staff accounts: ROOT only)',
          querystring: auditQuerySchema,
          response: { 200: auditPageSchema },
        },
      },
      async (request) => listAuditEvents(context, requireActor(request), request.query),
    );
  };
