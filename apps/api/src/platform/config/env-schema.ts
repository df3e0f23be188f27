import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be an integer')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const positiveInt = z.coerce
  .number({ error: 'must be a number' })
  .int('must be an integer')
  .min(1, 'must be at least 1');

const url = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

const csv = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

/**
 * Every environment variable the API reads, with its default. This is the single source of truth:
 * the README's configuration reference is written from it, and anything not listed is ignored.
 * Each variable also accepts a `<NAME>_FILE` variant that reads the value from a file (Docker and
 * Swarm secrets), resolved before this schema runs.
 */
export const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], { error: 'must be development, test or production' })
    .default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: port.default(3000),
  PUBLIC_URL: url(['http:', 'https:']).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  DATABASE_POOL_MAX: positiveInt.default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: positiveInt.default(15000),
  MIGRATE_ON_START: booleanFlag.default(true),
  DEMO_SEED: z.enum(['auto', 'off'], { error: 'must be auto or off' }).default('auto'),

  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  REDIS_KEY_PREFIX: z.string().default('promata:'),

  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DATA_ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt.max(900, 'must be at most 900 (15 minutes)').default(600),
  REFRESH_TOKEN_TTL_DAYS: positiveInt.max(90, 'must be at most 90').default(30),
  PASSWORD_HASH_CONCURRENCY: positiveInt.default(4),
  PASSWORD_HASH_QUEUE_MAX: positiveInt.default(64),

  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).default('Pró-Mata <no-reply@promata.local>'),
  /** The team's shared inbox for booking alerts (ADR 0046); unset: every active ADMIN and ROOT. */
  STAFF_INBOX_EMAIL: z.email({ error: 'must be an e-mail address' }).optional(),

  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: url(['http:', 'https:']).optional(),
  UPLOAD_MAX_BYTES: positiveInt.default(10 * 1024 * 1024),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),

  CORS_ORIGINS: csv.default([]),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d+)$/, 'must be true, false or a number of proxy hops')
    .transform((value) => (value === 'true' ? true : value === 'false' ? false : Number(value)))
    .default(false),
  BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
  MAX_EVENT_LOOP_DELAY_MS: positiveInt.default(1000),
  MAX_IN_FLIGHT_REQUESTS: positiveInt.default(512),
  MAX_EVENT_LOOP_UTILIZATION: z.coerce.number().gt(0).max(1).default(1),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(0),
  SHUTDOWN_TIMEOUT_MS: positiveInt.default(10000),
  BOOKING_JOBS_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  PUBLIC_READ_CACHE_MS: z.coerce.number().int().min(0).max(15_000).default(2_000),

  SERVE_WEB: booleanFlag.default(true),
  WEB_DIST_DIR: z.string().min(1).optional(),
});

export type Env = z.output<typeof envSchema>;
export type EnvName = keyof typeof envSchema.shape;
export const envNames = Object.keys(envSchema.shape) as EnvName[];

/** Variables that hold secrets: never logged, and preferably passed as `<NAME>_FILE`. */
export const secretEnvNames: readonly EnvName[] = [
  'DATABASE_URL',
  'REDIS_URL',
  'JWT_SECRET',
  'DATA_ENCRYPTION_KEY',
  'METRICS_TOKEN',
  'SMTP_URL',
];
