import {
  arrangeImagesRequestSchema,
  experienceImageSchema,
  imageListSchema,
  imageVariantNames,
} from '@promata/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../platform/auth/guard.js';
import type { AppContext } from '../../platform/context.js';
import { readUpload } from '../../platform/uploads/read-upload.js';
import { ifNoneMatchHits } from '../catalogue/http-cache.js';
import { addExperienceImage } from './add-experience-image.js';
import { arrangeExperienceImages } from './arrange-experience-images.js';
import { deleteExperienceImage } from './delete-experience-image.js';
import { readPublicImage } from './read-public-image.js';

const imageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
const noContent = { 204: z.null().describe('No content') };

/** Experience galleries (staff) and the public bytes of pictures. */
export const experienceImageRoutes =
  (context: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['catalogue'];
    const staff = { access: 'staff' as const };

    app.post(
      '/api/v1/experiences/:id/images',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Add a picture (multipart "file": JPEG, PNG or WebP; optional "altPt", "altEn")',
          consumes: ['multipart/form-data'],
          params: z.object({ id: z.uuid() }),
          response: { 201: experienceImageSchema },
        },
      },
      async (request, reply) => {
        const upload = await readUpload(request, {
          fieldName: 'file',
          maxBytes: context.config.UPLOAD_MAX_BYTES,
          accept: imageTypes,
        });
        const image = await addExperienceImage(context, requireActor(request), request.params.id, upload);
        return reply.code(201).send(image);
      },
    );

    app.patch(
      '/api/v1/experiences/:id/images',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Reorder the pictures (the first is the cover) and edit alt texts, atomically',
          params: z.object({ id: z.uuid() }),
          body: arrangeImagesRequestSchema,
          response: { 200: imageListSchema },
        },
      },
      async (request) => ({
        items: await arrangeExperienceImages(context, requireActor(request), request.params.id, request.body),
      }),
    );

    app.delete(
      '/api/v1/experiences/:id/images/:imageId',
      {
        config: staff,
        schema: {
          tags,
          summary: 'Remove a picture',
          params: z.object({ id: z.uuid(), imageId: z.uuid() }),
          response: noContent,
        },
      },
      async (request, reply) => {
        await deleteExperienceImage(context, requireActor(request), request.params.id, request.params.imageId);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/v1/images/:imageId/:variant',
      {
        config: { access: 'public' },
        schema: {
          tags,
          summary: 'A picture (WebP) of an active experience or a highlight',
          params: z.object({ imageId: z.uuid(), variant: z.enum(imageVariantNames) }),
        },
      },
      async (request, reply) => {
        const { imageId, variant } = request.params;
        const image = await readPublicImage(context, request.actor, imageId, variant, (etag) =>
          ifNoneMatchHits(request.headers['if-none-match'], etag),
        );
        reply
          .header('etag', image.etag)
          .header('cache-control', image.public ? 'public, max-age=31536000, immutable' : 'private, no-store');
        if (image.notModified) return reply.code(304).send();
        return reply
          .header('content-type', 'image/webp')
          .header('content-length', String(image.object.size))
          .send(image.object.body);
      },
    );
  };
