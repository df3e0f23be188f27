import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A public read: shared caches and browsers may keep a 200 answer this many seconds, then
     * revalidate it with the ETag (modules/catalogue/http-cache.ts). Anonymous answers are also
     * kept briefly in the process (below). Staff answers are never stored.
     */
    publicCacheSeconds?: number;
  }
  interface FastifyRequest {
    /** Answered from the in-process cache: not to be stored again. */
    servedFromReadCache?: boolean;
  }
}

type Entry = { payload: string; contentType: string; expiresAt: number };

/** Enough for every catalogue page, detail and month a visitor asks for; oldest out first. */
const maxEntries = 1000;

/**
 * A micro-cache of anonymous public reads (routes declaring `publicCacheSeconds`): the same answer
 * for everyone, so for `ttlMs` the serialised body is served again without the handler and its
 * queries. Any successful write through this process empties it, so a process always reads its
 * own writes; other replicas converge within `ttlMs` — far below the 15–60 s the answers already
 * allow browsers and proxies (ADR 0017). Requests with credentials always run the handler.
 */
export function registerPublicReadCache(app: FastifyInstance, ttlMs: number): void {
  if (ttlMs <= 0) return;
  const entries = new Map<string, Entry>();
  const cacheable = (request: FastifyRequest) =>
    request.method === 'GET' &&
    request.routeOptions.config?.publicCacheSeconds !== undefined &&
    request.headers.authorization === undefined;
  // Bodies may differ by language (error texts today, maybe more tomorrow).
  const keyOf = (request: FastifyRequest) => `${request.headers['accept-language'] ?? ''} ${request.url}`;

  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request)) return;
    const key = keyOf(request);
    const entry = entries.get(key);
    if (!entry) return;
    if (entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return;
    }
    request.servedFromReadCache = true;
    // onSend hooks still run: the ETag, Cache-Control and a 304 for a matching If-None-Match.
    return reply.type(entry.contentType).send(entry.payload);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.servedFromReadCache || reply.statusCode !== 200 || !cacheable(request)) return payload;
    if (typeof payload !== 'string') return payload;
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value ?? '');
    const contentType = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
    entries.set(keyOf(request), { payload, contentType, expiresAt: Date.now() + ttlMs });
    return payload;
  });

  app.addHook('onResponse', async (request, reply) => {
    const write = request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS';
    if (write && reply.statusCode < 400) entries.clear();
  });
}
