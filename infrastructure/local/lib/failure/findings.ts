import type { TestResult } from './result.js';

// What the figures mean for the application, written into the report when they show a known
// problem, with where it comes from (found by these tests; fixes outside infrastructure/).

export function findings(results: TestResult[]): string[] {
  const figure = (name: string) => results.flatMap((r) => (name in r.figures ? [r.figures[name]] : []))[0];
  const notes: string[] = [];
  if (figure('sigterm_shutdown') === 'timed out (exit 1)') {
    notes.push(
      'SIGTERM under load: no request failed, but the replica did not finish its drain: it exited 1 ' +
        'after SHUTDOWN_GRACE_MS + SHUTDOWN_TIMEOUT_MS ("shutdown timed out" in its log; seen in about ' +
        'half of the runs, never when idle). Likely cause, to confirm in ' +
        'apps/api/src/platform/lifecycle/graceful-shutdown.ts: keep-alive connections from the proxy ' +
        "that were busy when app.close() began become idle afterwards and stay open for Fastify's " +
        'keepAliveTimeout (72 s), so server.close() does not complete. Possible fix: call ' +
        'app.server.closeIdleConnections() repeatedly while draining, or send Connection: close during ' +
        'the grace period. Swarm/ECS stop grace periods must exceed grace + timeout meanwhile.',
    );
  }
  const login = figure('login_status_while_down');
  if (typeof login === 'number' && login >= 500 && login !== 503) {
    notes.push(
      `Redis down: readiness is 503 as it should be, but login and authenticated requests answer ${login} ` +
        '(a clean JSON INTERNAL_ERROR body, no stack trace). ioredis rejects with "Stream isn\'t writeable ' +
        'and enableOfflineQueue options is false" (apps/api/src/platform/kv/redis-store.ts) and the error ' +
        'handler (apps/api/src/platform/http/error-handler.ts) maps unknown errors to 500. Fix there: ' +
        'turn store-unavailable errors (and PostgreSQL connection errors) into 503 SERVICE_UNAVAILABLE.',
    );
  }
  const bookingStatuses = figure('booking_statuses');
  if (typeof bookingStatuses === 'object' && (bookingStatuses['500'] ?? 0) > 0) {
    notes.push(
      `Primary down until the failover: ${bookingStatuses['500']} booking requests answered 500 (the ` +
        'database was unreachable); the same mapping to 503 would make them retryable for clients.',
    );
  }
  return notes;
}
