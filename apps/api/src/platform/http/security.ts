import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/load-config.js';

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
