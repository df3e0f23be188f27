import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './platform/config/load-config.js';
import { installGracefulShutdown } from './platform/lifecycle/graceful-shutdown.js';
import { createLogger } from './platform/logging/logger.js';
import { openPlatform } from './platform/open-platform.js';
import { announceDemo, seedDemoIfEmpty } from './modules/demo/start-demo.js';
import { startBookingJobRunner } from './modules/bookings/booking-jobs.js';

/** The API server process: configuration, connections, migrations, demo data, then listen. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n\nSee the configuration reference in README.md.\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config);
  const context = await openPlatform(config, logger);
  const demo = await seedDemoIfEmpty(context, logger);
  const app = await buildApp(context, logger);
  // Timed booking transitions; safe on every replica (skip locked), stopped before the pools close.
  const jobs = startBookingJobRunner(context, config.BOOKING_JOBS_INTERVAL_MS);
  app.addHook('onClose', async () => jobs.stop());
  installGracefulShutdown(app, context);
  const address = await app.listen({ host: config.HOST, port: config.PORT });
  logger.info({ address, database: context.database.kind, sessions: context.kv.kind }, 'Pró-Mata API listening');
  if (demo) announceDemo(demo, config.PUBLIC_URL);
}

main().catch((error: unknown) => {
  process.stderr.write(`Pró-Mata failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
