import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { closePlatform } from '../open-platform.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Turns readiness 503 at once, waits SHUTDOWN_GRACE_MS (time for the load balancer to notice),
 * then stops accepting connections, lets in-flight requests finish and closes the pools.
 */
export async function drainAndClose(app: FastifyInstance, context: AppContext): Promise<void> {
  context.lifecycle.draining = true;
  if (context.config.SHUTDOWN_GRACE_MS > 0) await sleep(context.config.SHUTDOWN_GRACE_MS);
  const closing = app.close();
  // Closing drops the connections idle at that moment; a proxy's keep-alive connection busy then
  // turns idle once its answer is sent, and would hold the server open for the whole keep-alive
  // timeout (minutes). Drop those too, as they go idle.
  const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
  try {
    await closing;
  } finally {
    clearInterval(sweep);
  }
  await closePlatform(context);
}

/**
 * What Swarm and ECS send on every deploy: SIGTERM, then SIGKILL after a grace period. If draining
 * takes longer than SHUTDOWN_GRACE_MS + SHUTDOWN_TIMEOUT_MS the process exits non-zero rather than
 * hang until SIGKILL.
 */
export function installGracefulShutdown(app: FastifyInstance, context: AppContext): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const { SHUTDOWN_GRACE_MS: graceMs, SHUTDOWN_TIMEOUT_MS: timeoutMs } = context.config;
    app.log.info({ signal, graceMs, timeoutMs }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error({ timeoutMs }, 'shutdown timed out; exiting');
      process.exit(1);
    }, graceMs + timeoutMs);
    timer.unref();
    try {
      await drainAndClose(app, context);
      app.log.info('shutdown complete');
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}
