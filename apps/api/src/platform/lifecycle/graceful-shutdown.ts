import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { closePlatform } from '../open-platform.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What Swarm and ECS send on every deploy: SIGTERM, then SIGKILL after a grace period. On SIGTERM
 * readiness turns 503 at once; after SHUTDOWN_GRACE_MS (time for the load balancer to notice) the
 * server stops accepting, finishes in-flight requests and closes the pools. If that takes longer
 * than SHUTDOWN_TIMEOUT_MS the process exits non-zero rather than hang until SIGKILL.
 */
export function installGracefulShutdown(app: FastifyInstance, context: AppContext, exit = process.exit): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    context.lifecycle.draining = true;
    const { SHUTDOWN_GRACE_MS: graceMs, SHUTDOWN_TIMEOUT_MS: timeoutMs } = context.config;
    app.log.info({ signal, graceMs, timeoutMs }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error({ timeoutMs }, 'shutdown timed out; exiting');
      exit(1);
    }, graceMs + timeoutMs);
    timer.unref();
    try {
      if (graceMs > 0) await sleep(graceMs);
      await app.close();
      await closePlatform(context);
      app.log.info('shutdown complete');
      exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      exit(1);
    }
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
}
