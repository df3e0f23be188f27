import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import cookie from '@fastify/cookie';
import { auditRoutes } from './modules/audit/routes.js';
import { authRoutes } from './modules/auth/routes.js';
import { bookingRoutes } from './modules/bookings/routes.js';
import { documentRoutes } from './modules/documents/routes.js';
import { availabilityRoutes } from './modules/availability/routes.js';
import { closureRoutes } from './modules/closures/routes.js';
import { dashboardRoutes } from './modules/dashboard/routes.js';
import { experienceImageRoutes } from './modules/experience-images/routes.js';
import { experienceRoutes } from './modules/experiences/routes.js';
import { highlightRoutes } from './modules/highlights/routes.js';
import { meRoutes } from './modules/me/routes.js';
import { professorRoutes } from './modules/professors/routes.js';
import { reportRoutes } from './modules/reports/routes.js';
import { userRoutes } from './modules/users/routes.js';
import { registerMultipart } from './platform/uploads/register-multipart.js';
import { registerGuard } from './platform/auth/guard.js';
import { healthRoutes } from './modules/health/routes.js';
import { systemRoutes } from './modules/system/routes.js';
import type { AppContext } from './platform/context.js';
import { registerErrorHandling } from './platform/http/error-handler.js';
import { registerLoadShedding } from './platform/http/load-shedding.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { registerSecurity } from './platform/http/security.js';
import { registerWebApp } from './platform/http/web-app.js';
import { registerMetrics } from './platform/metrics/metrics.js';
import { registerPublicReadCache } from './platform/http/public-read-cache.js';

const requestIdPattern = /^[A-Za-z0-9._-]{1,128}$/;

/**
 * Assembles the HTTP application from a ready context. No I/O happens here beyond what plugins
 * need, so tests build it in-process with `inject` or `listen` on a random port.
 */
export async function buildApp(context: AppContext, logger: Logger): Promise<FastifyInstance> {
  const { config } = context;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.BODY_LIMIT_BYTES,
    // A hop count trusts that many proxies in front of us (ALB, Traefik), counted from the socket.
    trustProxy:
      typeof config.TRUST_PROXY === 'number'
        ? (_address: string, hop: number) => hop < (config.TRUST_PROXY as number)
        : config.TRUST_PROXY,
    // A proxy's request id is kept so one request can be followed across hops; anything odd is
    // replaced (Fastify's own requestIdHeader would trust any value, so it is off).
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
    },
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  registerErrorHandling(app);
  await registerSecurity(app, config);
  await app.register(cookie);
  await registerMultipart(app, { maxBytes: config.UPLOAD_MAX_BYTES });
  registerGuard(app, context);
  await registerLoadShedding(app, {
    maxEventLoopDelayMs: config.MAX_EVENT_LOOP_DELAY_MS,
    maxEventLoopUtilization: config.MAX_EVENT_LOOP_UTILIZATION,
    maxInFlightRequests: config.MAX_IN_FLIGHT_REQUESTS,
  });
  registerMetrics(app, context.metrics, config.METRICS_TOKEN);
  registerPublicReadCache(app, config.PUBLIC_READ_CACHE_MS);
  await registerOpenApi(app, { version: context.version, publicUrl: config.PUBLIC_URL });

  await app.register(healthRoutes(context));
  await app.register(systemRoutes(context));
  await app.register(authRoutes(context));
  await app.register(meRoutes(context));
  await app.register(userRoutes(context));
  await app.register(professorRoutes(context));
  await app.register(documentRoutes(context));
  await app.register(experienceRoutes(context));
  await app.register(availabilityRoutes(context));
  await app.register(experienceImageRoutes(context));
  await app.register(closureRoutes(context));
  await app.register(highlightRoutes(context));
  await app.register(bookingRoutes(context));
  await app.register(dashboardRoutes(context));
  await app.register(reportRoutes(context));
  await app.register(auditRoutes(context));

  if (config.SERVE_WEB) await registerWebApp(app, config.WEB_DIST_DIR);
  return app;
}
