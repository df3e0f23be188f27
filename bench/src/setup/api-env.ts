import { randomBytes } from 'node:crypto';
import { redisUrl } from '../system/bench-services.js';

/**
 * The production configuration of the API for one bench run. Secrets are generated per run and
 * never written anywhere. TRUST_PROXY=1 is what production behind Traefik or the ALB sets: the
 * client address comes from X-Forwarded-For, which lets the login storm come from many clients.
 */
export function apiEnvironment(options: {
  databaseUrl: string;
  redisKeyPrefix: string;
  smtpUrl: string;
  /** Uploads and other files of the run; the bench removes it at the end. */
  dataDir: string;
  secrets: { jwt: string; dataKey: string };
  /**
   * 'capacity' turns off only the event-loop-utilisation trigger of load shedding (ADR 0035): a
   * closed-loop load generator keeps the loop busy by design, and at the default 0.98 the API then
   * answers nearly everything with 503. 'default' keeps the production defaults, for the scenario
   * that shows exactly that. The in-flight cap and the event-loop-delay trigger stay on in both.
   */
  shedding: 'capacity' | 'default';
}): Record<string, string> {
  return {
    ...(options.shedding === 'capacity' ? { MAX_EVENT_LOOP_UTILIZATION: '1' } : {}),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATA_DIR: options.dataDir,
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: options.redisKeyPrefix,
    JWT_SECRET: options.secrets.jwt,
    DATA_ENCRYPTION_KEY: options.secrets.dataKey,
    SMTP_URL: options.smtpUrl,
    MIGRATE_ON_START: 'true',
    DEMO_SEED: 'off',
    TRUST_PROXY: '1',
    // The jobs would change bookings while scenarios read them; they are not what is measured.
    BOOKING_JOBS_INTERVAL_MS: '0',
    SERVE_WEB: 'true',
  };
}

/** Per-run secrets, shared by the API processes of one run so tokens stay valid across them. */
export const generateSecrets = () => ({
  jwt: randomBytes(48).toString('base64url'),
  dataKey: randomBytes(32).toString('base64'),
});
