import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { AppError, unauthorized } from '../http/app-error.js';
import { verifyAccessToken } from './access-token.js';
import { isStaffRole, type Access, type Actor } from './policy.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; every `/api/` route must say (checked at start), others default to public. */
    access?: Access;
  }
  interface FastifyRequest {
    actor?: Actor;
  }
  interface FastifyInstance {
    /** Every route with its declared access: the authorisation matrix test is generated from it. */
    routeAccess: RouteAccess[];
  }
}

export type RouteAccess = { method: string; url: string; access: Access };

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header);
  if (!match) throw unauthorized();
  return match[1];
}

/** The signed-in caller, for routes whose access already guarantees one. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}

/**
 * Authentication and route-level authorisation for every request: the access token is verified,
 * then its session is read from the store (so logout, deactivation and role changes take effect
 * on the next request, not when the token expires). Runs before body validation, so anonymous
 * callers learn nothing about a protected route's schema.
 */
export function registerGuard(app: FastifyInstance, { sessions, secrets }: AppContext): void {
  const routeAccess: RouteAccess[] = [];
  app.decorate('routeAccess', routeAccess);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (access === undefined && route.url.startsWith('/api/'))
      throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
    // Routes outside /api/ (health, metrics, docs, the web app) are public to the guard: they are
    // recorded too, so the matrix also notices one being added there.
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routeAccess.push({ method, url: route.url, access: access ?? 'public' });
  });

  app.addHook('onRequest', async (request) => {
    // Sessions exist for the API only: elsewhere a bearer header is another credential (the
    // scraper's METRICS_TOKEN on /metrics), checked by its own route.
    if (!request.url.startsWith('/api/')) return;
    const token = bearerToken(request);
    if (!token) return;
    const claims = await verifyAccessToken(secrets.jwtKey, token);
    if (!claims) throw unauthorized();
    const session = await sessions.get(claims.sessionId);
    if (!session || session.userId !== claims.userId) throw unauthorized();
    request.actor = {
      userId: session.userId,
      role: session.role,
      sessionId: session.id,
      mfaVerified: session.mfaVerified,
    };
  });

  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config?.access ?? 'public';
    if (access === 'public') return;
    const actor = requireActor(request);
    if (access === 'authenticated') return;
    // Staff endpoints exist for staff only: to anyone else they do not exist.
    if (!isStaffRole(actor.role) || (access === 'root' && actor.role !== 'ROOT')) throw new AppError(404, 'NOT_FOUND');
    if (!actor.mfaVerified) throw new AppError(403, 'MFA_SETUP_REQUIRED');
  });
}
