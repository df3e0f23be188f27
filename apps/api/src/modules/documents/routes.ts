import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { readDocument } from './read-document.js';

/**
 * GET /documents/:id streams a private file through the API after the ownership check. Only the
 * four sniffed types exist, so it is served inline (staff preview PDFs and images in the page),
 * with a sandbox CSP so a crafted file could not run script on our origin anyway.
 */
export const documentRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/v1/documents/:id',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['documents'],
          summary: 'Download a private document (owner or staff)',
          params: z.object({ id: z.uuid() }),
        },
      },
      async (request, reply) => {
        const { document, object } = await readDocument(context, requireActor(request), request.params.id);
        const fileName = (document.original_name ?? 'document').replace(/[^\w.-]/g, '_');
        return reply
          .header('content-type', document.content_type)
          .header('content-length', String(object.size))
          .header('content-disposition', `inline; filename="${fileName}"`)
          .header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
          .header('cache-control', 'private, no-store')
          .send(object.body);
      },
    );
  };
