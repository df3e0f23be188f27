import {
  deleteAccountRequestSchema,
  professorRequestResponseSchema,
  profileSchema,
  sessionListSchema,
  updateProfileRequestSchema,
} from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { readUpload } from '../../platform/uploads/read-upload.js';
import { clearRefreshCookie } from '../auth/refresh-cookie.js';
import { requestProfessorVerification } from '../professors/request-professor-verification.js';
import { deleteMyAccount } from './delete-my-account.js';
import { endMySession } from './end-my-session.js';
import { exportMyData } from './export-my-data.js';
import { listMySessions } from './list-my-sessions.js';
import { presentProfile } from './present-profile.js';
import { readMyProfile } from './read-my-profile.js';
import { updateProfile } from './update-profile.js';

const noContent = { 204: z.null().describe('No content') };

/** The signed-in user's own account under /api/v1/me. */
export const meRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['me'];
    const config = { access: 'authenticated' as const };

    app.get(
      '/api/v1/me',
      { config, schema: { tags, summary: 'My profile', response: { 200: profileSchema } } },
      async (request) => presentProfile(await readMyProfile(context, requireActor(request))),
    );

    app.patch(
      '/api/v1/me',
      {
        config,
        schema: {
          tags,
          summary: 'Update my profile (never e-mail or role)',
          body: updateProfileRequestSchema,
          response: { 200: profileSchema },
        },
      },
      async (request) => presentProfile(await updateProfile(context, requireActor(request), request.body)),
    );

    app.get(
      '/api/v1/me/sessions',
      { config, schema: { tags, summary: 'My signed-in devices', response: { 200: sessionListSchema } } },
      async (request) => listMySessions(context, requireActor(request)),
    );

    app.delete(
      '/api/v1/me/sessions/:id',
      {
        config,
        schema: {
          tags,
          summary: 'Sign one of my devices out',
          params: z.object({ id: z.uuid() }),
          response: noContent,
        },
      },
      async (request, reply) => {
        await endMySession(context, requireActor(request), request.params.id);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/v1/me/export',
      { config, schema: { tags, summary: 'Download all my data (LGPD)' } },
      async (request, reply) => {
        const data = await exportMyData(context, requireActor(request));
        reply
          .header('content-disposition', 'attachment; filename="promata-my-data.json"')
          .header('cache-control', 'no-store');
        return data;
      },
    );

    app.delete(
      '/api/v1/me',
      {
        config,
        schema: {
          tags,
          summary: 'Delete my account: anonymise it, keep booking history (LGPD)',
          body: deleteAccountRequestSchema,
          response: noContent,
        },
      },
      async (request, reply) => {
        await deleteMyAccount(context, requireActor(request), request.body.password);
        clearRefreshCookie(reply, context.config);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/v1/me/professor-request',
      {
        config,
        schema: {
          tags,
          summary: 'Ask to be verified as a professor (multipart field "document": PDF, JPEG, PNG or WebP)',
          consumes: ['multipart/form-data'],
          response: { 202: professorRequestResponseSchema },
        },
      },
      async (request, reply) => {
        const upload = await readUpload(request, { fieldName: 'document', maxBytes: context.config.UPLOAD_MAX_BYTES });
        await requestProfessorVerification(context, requireActor(request), upload);
        return reply.code(202).send({ status: 'PENDING' });
      },
    );
  };
