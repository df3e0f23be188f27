import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/load-config.js';

/**
 * Swagger UI's own inline style: the <style> inside the Swagger logo SVG its top bar renders
 * before @fastify/swagger-ui swaps in its image. Allowed by hash so the page loads without a CSP
 * violation; apps/web/test/e2e/api-docs.e2e.test.ts fails if an upgrade changes it.
 */
const swaggerUiLogoStyleHash = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

/**
 * The Content-Security-Policy of /docs (Swagger UI serves it instead of helmet's): same-origin
 * everything, as the rest of the API. Like helmet's, it upgrades requests only behind HTTPS — on
 * a plain-HTTP install the upgraded asset and "Try it out" requests would fail.
 */
export function docsContentSecurityPolicy(publicUrl: string): string {
  const directives = [
    "default-src 'self'",
    "base-uri 'self'",
    "connect-src 'self'",
    "font-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "script-src 'self'",
    "script-src-attr 'none'",
    `style-src 'self' ${swaggerUiLogoStyleHash}`,
    ...(publicUrl.startsWith('https:') ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/**
 * Security headers and CORS. HSTS and upgrade-insecure-requests only make sense behind HTTPS;
 * sending them from a plain-HTTP laptop install would break it, so PUBLIC_URL decides.
 */
export async function registerSecurity(app: FastifyInstance, config: Pick<Config, 'PUBLIC_URL' | 'CORS_ORIGINS'>) {
  const https = config.PUBLIC_URL.startsWith('https:');
  await app.register(helmet, {
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        // Staff preview private PDFs fetched with their token, shown from a blob: URL in a frame.
        'frame-src': ["'self'", 'blob:'],
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // Same-origin by default: the web app is served by this process or by a proxy on the same host.
  await app.register(cors, {
    origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
    credentials: true,
    exposedHeaders: ['x-request-id', 'retry-after'],
  });
}
