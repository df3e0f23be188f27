import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { isStaff } from '../../platform/auth/policy.js';

// `publicCacheSeconds` is declared with the in-process read cache (platform/http/public-read-cache.ts).

/** Whether an If-None-Match header names this entity tag (weak comparison, RFC 9110 §13.1.2). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * ETag + Cache-Control for the routes of one plugin that declare `publicCacheSeconds`. The tag is a
 * hash of the serialised body, so it changes exactly when the answer does, whatever changed it
 * (a booking, an edit, a closure); a matching If-None-Match gets 304 without the body. This saves
 * bandwidth and client work, not the query: the answer is computed to know its tag.
 * `Vary: Authorization` keeps a cache from handing the anonymous answer to a signed-in staff member.
 */
export function registerHttpCaching(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const maxAge = request.routeOptions.config?.publicCacheSeconds;
    if (maxAge === undefined || reply.statusCode !== 200) return payload;
    if (isStaff(request.actor)) {
      reply.header('cache-control', 'private, no-store');
      return payload;
    }
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = `W/"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`;
    const vary = reply.getHeader('vary'); // CORS may have set Vary: Origin already
    reply
      .header('etag', etag)
      .header('cache-control', `public, max-age=${maxAge}`)
      .header('vary', vary ? `${String(vary)}, Authorization` : 'Authorization');
    if (!ifNoneMatchHits(request.headers['if-none-match'], etag)) return payload;
    reply.code(304);
    return '';
  });
}
