import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../platform/config/load-config.js';

export const refreshCookieName = 'promata_refresh';
/** Sent only to the auth endpoints, never with ordinary API calls or page loads. */
const cookiePath = '/api/v1/auth';

/**
 * Secure everywhere browsers allow it: HTTPS, and plain-HTTP localhost (a secure context). Only a
 * plain-HTTP install reached by another host name (a LAN demo) gets a non-Secure cookie, or
 * signing in there would be impossible.
 */
function secureCookie(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return url.protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

export function setRefreshCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(refreshCookieName, token, {
    path: cookiePath,
    httpOnly: true,
    secure: secureCookie(config.PUBLIC_URL),
    sameSite: 'strict',
    maxAge: config.REFRESH_TOKEN_TTL_DAYS * 86_400,
  });
}

export function clearRefreshCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(refreshCookieName, {
    path: cookiePath,
    httpOnly: true,
    secure: secureCookie(config.PUBLIC_URL),
    sameSite: 'strict',
  });
}

export const readRefreshCookie = (request: FastifyRequest): string | undefined => request.cookies[refreshCookieName];
