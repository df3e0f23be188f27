import {
  createHighlightRequestSchema,
  highlightListSchema,
  highlightOrderRequestSchema,
  highlightSchema,
  updateHighlightRequestSchema,
} from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { readUpload } from '../../platform/uploads/read-upload.js';
import { registerHttpCaching } from '../catalogue/http-cache.js';
import { createHighlight } from './create-highlight.js';
import { deleteHighlight } from './delete-highlight.js';
import { listHighlights } from './list-highlights.js';
import { orderHighlights } from './order-highlights.js';
import { setHighlightImage } from './set-highlight-image.js';
import { updateHighlight } from './update-highlight.js';

const byId = z.object({ id: z.uuid() });

/** The home page's highlights: public list, staff edits (caps and order guarded by the database). */
export const highlightRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    registerHttpCaching(app);
    const tags = ['catalogue'];
    const staff = { access: 'staff' as const };

    app.get(
      '/api/v1/highlights',
      {
        config: { access: 'public', publicCacheSeconds: 60 },
        schema: {
          tags,
          summary: 'Home page: carousel and category highlights (public: only those with a picture)',
          response: { 200: highlightListSchema },
        },
      },
      async (request) => ({ items: await listHighlights(context, request.actor) }),
    );

    app.post(
      '/api/v1/highlights',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Add a highlight at the end of its slot (409 SLOT_FULL past 5 in the carousel, 3 per category)',
          body: createHighlightRequestSchema,
          response: { 201: highlightSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await createHighlight(context, requireActor(request), request.body)),
    );

    app.put(
      '/api/v1/highlights/order',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Reorder the highlights of one slot, atomically',
          body: highlightOrderRequestSchema,
          response: { 200: highlightListSchema },
        },
      },
      async (request) => ({ items: await orderHighlights(context, requireActor(request), request.body) }),
    );

    app.patch(
      '/api/v1/highlights/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Edit a highlight; a new slot moves it to the end of that slot',
          params: byId,
          body: updateHighlightRequestSchema,
          response: { 200: highlightSchema },
        },
      },
      async (request) => updateHighlight(context, requireActor(request), request.params.id, request.body),
    );

    app.put(
      '/api/v1/highlights/:id/image',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Set the picture of a highlight (multipart "file": JPEG, PNG or WebP)',
          consumes: ['multipart/form-data'],
          params: byId,
          response: { 200: highlightSchema },
        },
      },
      async (request) => {
        const upload = await readUpload(request, {
          fieldName: 'file',
          maxBytes: context.config.UPLOAD_MAX_BYTES,
          accept: ['image/jpeg', 'image/png', 'image/webp'],
        });
        return setHighlightImage(context, requireActor(request), request.params.id, upload);
      },
    );

    app.delete(
      '/api/v1/highlights/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Remove a highlight',
          params: byId,
          response: { 204: z.null().describe('No content') },
        },
      },
      async (request, reply) => {
        await deleteHighlight(context, requireActor(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
