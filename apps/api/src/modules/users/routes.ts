import {
  inviteUserRequestSchema,
  professorDecisionRequestSchema,
  updateUserRequestSchema,
  userListQuerySchema,
  userPageSchema,
  userSummarySchema,
} from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { decideProfessorRequest } from '../professors/decide-professor-request.js';
import { changeUser } from './change-user.js';
import { eraseUser } from './erase-user.js';
import { inviteUserByStaff } from './invite-user-by-staff.js';
import { listUsers } from './list-users.js';
import { presentUserSummary } from './present-user-summary.js';

const byId = z.object({ id: z.uuid() });
const noContent = { 204: z.null().describe('No content') };

/** Staff user management under /api/v1/users (ADMIN and ROOT, with MFA). */
export const userRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['users'];
    const config = { access: 'staff' as const };

    app.get(
      '/api/v1/users',
      {
        config,
        schema: { tags, summary: 'Search users', querystring: userListQuerySchema, response: { 200: userPageSchema } },
      },
      async (request) => {
        const { items, total } = await listUsers(context, request.query);
        return {
          items: items.map(presentUserSummary),
          page: request.query.page,
          pageSize: request.query.pageSize,
          total,
        };
      },
    );

    app.post(
      '/api/v1/users',
      {
        config,
        schema: {
          tags,
          summary: 'Invite a user by e-mail (they set their own password)',
          body: inviteUserRequestSchema,
          response: { 201: userSummarySchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(presentUserSummary(await inviteUserByStaff(context, requireActor(request), request.body))),
    );

    app.patch(
      '/api/v1/users/:id',
      {
        config,
        schema: {
          tags,
          summary: 'Change role or active flag',
          params: byId,
          body: updateUserRequestSchema,
          response: { 200: userSummarySchema },
        },
      },
      async (request) =>
        presentUserSummary(await changeUser(context, requireActor(request), request.params.id, request.body)),
    );

    app.delete(
      '/api/v1/users/:id',
      {
        config,
        schema: {
          tags,
          summary: 'Deactivate and anonymise a user (booking history kept)',
          params: byId,
          response: noContent,
        },
      },
      async (request, reply) => {
        await eraseUser(context, requireActor(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/users/:id/professor-verification',
      {
        config,
        schema: {
          tags,
          summary: 'Approve or reject the open professor request',
          params: byId,
          body: professorDecisionRequestSchema,
          response: noContent,
        },
      },
      async (request, reply) => {
        await decideProfessorRequest(context, requireActor(request), request.params.id, request.body);
        return reply.code(204).send(null);
      },
    );
  };
