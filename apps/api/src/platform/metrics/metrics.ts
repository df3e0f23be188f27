import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PoolStats } from '../db/database.js';
import { sendError } from '../http/error-handler.js';

export type MetricsSources = { poolStats: () => PoolStats; liveSessions: () => Promise<number> };

function bearerMatches(header: string | undefined, token: string): boolean {
  const expected = Buffer.from(`Bearer ${token}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Prometheus metrics of one API process: Node's process metrics, the request duration histogram by
 * route template (never the raw URL, so cardinality stays bounded), the database pool, and the
 * authentication counters operators alert on.
 */
export function createMetrics(sources: MetricsSources) {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'promata-api' });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Duration of HTTP requests by method, route template and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });

  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting clients)',
    labelNames: ['state'] as const,
    registers,
    collect() {
      const stats = sources.poolStats();
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });

  const logins = new Counter({
    name: 'auth_logins_total',
    help: 'Login attempts by result (success, invalid_credentials, mfa_required, mfa_invalid, not_verified)',
    labelNames: ['result'] as const,
    registers,
  });
  const mfaFailures = new Counter({ name: 'auth_mfa_failures_total', help: 'Rejected MFA codes', registers });
  const rateLimitHits = new Counter({
    name: 'rate_limit_hits_total',
    help: 'Requests refused by a rate limit, by limit name',
    labelNames: ['limit'] as const,
    registers,
  });
  const refreshReuse = new Counter({
    name: 'auth_refresh_reuse_total',
    help: 'Replayed refresh tokens (the session was revoked)',
    registers,
  });
  new Gauge({
    name: 'auth_sessions_active',
    help: 'Sessions not expired or revoked (shared store: the same value on every replica)',
    registers,
    async collect() {
      this.set(await sources.liveSessions().catch(() => Number.NaN));
    },
  });

  const bookingTransitions = new Counter({
    name: 'booking_transitions_total',
    help: 'Booking status changes by from and to status (creation counts from "none")',
    labelNames: ['from', 'to'] as const,
    registers,
  });
  const bookingCapacityRejections = new Counter({
    name: 'booking_capacity_rejections_total',
    help: 'Booking requests refused with CAPACITY_EXCEEDED',
    registers,
  });
  const bookingJobRuns = new Counter({
    name: 'booking_job_runs_total',
    help: 'Booking job batches by job (expire, complete) and result (ok, error)',
    labelNames: ['job', 'result'] as const,
    registers,
  });

  return {
    registry,
    httpDuration,
    logins,
    mfaFailures,
    rateLimitHits,
    refreshReuse,
    bookingTransitions,
    bookingCapacityRejections,
    bookingJobRuns,
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * Times every request, including refused and failed ones, and serves `GET /metrics`. With a token
 * configured, scrapes must send it as a bearer token (for deployments where the path is reachable
 * from outside the private network).
 */
export function registerMetrics(app: FastifyInstance, metrics: Metrics, token?: string): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration.observe(
      {
        method: request.method,
        // Unmatched paths (404s, the SPA fallback) share one label instead of one per URL tried.
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/metrics', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
    if (token !== undefined && !bearerMatches(request.headers.authorization, token)) {
      return sendError(request, reply, 401, 'UNAUTHORIZED');
    }
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
