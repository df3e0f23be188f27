import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sendError } from './error-handler.js';

export type LoadSheddingOptions = {
  maxEventLoopDelayMs: number;
  maxEventLoopUtilization: number;
  maxInFlightRequests: number;
  retryAfterSeconds?: number;
};

/**
 * Probes that must keep answering under load, or the orchestrator would kill a busy replica.
 * Matched by route, so a query string (`/health/ready?probe=alb`) cannot make a probe sheddable.
 */
const exemptRoutes = new Set(['/health/live', '/health/ready', '/metrics']);
const isExempt = (request: FastifyRequest) => exemptRoutes.has(request.routeOptions.url ?? '');

/**
 * Refuses work early instead of queueing it without bound: past a number of requests in flight,
 * or when the event loop is saturated, new requests get 503 OVERLOADED with Retry-After at once,
 * so clients and the load balancer back off or try another replica.
 */
export async function registerLoadShedding(app: FastifyInstance, options: LoadSheddingOptions) {
  const retryAfter = options.retryAfterSeconds ?? 5;
  let inFlight = 0;

  app.addHook('onRequest', async (request, reply) => {
    if (isExempt(request)) return;
    if (inFlight >= options.maxInFlightRequests) {
      reply.header('retry-after', String(retryAfter));
      return sendError(request, reply, 503, 'OVERLOADED');
    }
    inFlight += 1;
    // Counted down once, whether the response finished or the client went away.
    let done = false;
    const release = () => {
      if (!done) inFlight -= 1;
      done = true;
    };
    reply.raw.once('finish', release);
    reply.raw.once('close', release);
  });

  await app.register(underPressure, {
    maxEventLoopDelay: options.maxEventLoopDelayMs,
    maxEventLoopUtilization: options.maxEventLoopUtilization,
    retryAfter,
    pressureHandler: (request, reply) => {
      if (isExempt(request)) return;
      reply.header('retry-after', String(retryAfter));
      void sendError(request, reply, 503, 'OVERLOADED');
    },
  });
}
