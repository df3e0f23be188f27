import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';

/**
 * Limits of one multipart request: one file and a few short text fields beside it (a document
 * kind, a note). Everything past them is discarded by the parser as it streams, so a hostile body
 * costs bandwidth, never memory.
 */
export const multipartLimits = {
  files: 1,
  fields: 8,
  parts: 9,
  fieldNameSize: 64,
  fieldSize: 2048,
  headerPairs: 16,
} as const;

/**
 * Enables multipart bodies for the whole app. Routes read them with `readUpload`, which enforces
 * its own (possibly smaller) size limit; `maxBytes` here (UPLOAD_MAX_BYTES) is the ceiling.
 * Fastify's `bodyLimit` does not apply to multipart (the plugin streams the body), so these limits
 * are the only ones.
 */
export async function registerMultipart(app: FastifyInstance, options: { maxBytes: number }): Promise<void> {
  await app.register(multipart, {
    limits: { ...multipartLimits, fileSize: options.maxBytes },
    // Kept on (the default) so code that reads a file any other way gets an error past the limit,
    // never a silently truncated file.
    throwFileSizeLimit: true,
  });
}
