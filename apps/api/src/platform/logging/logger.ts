import { pino, type Logger, type LoggerOptions } from 'pino';
import type { Config } from '../config/load-config.js';

/**
 * Paths never written to the log, wherever a careless log call puts them: credentials in headers,
 * passwords and tokens in bodies, and the secret configuration values.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.refreshToken',
  '*.accessToken',
  '*.totp',
  '*.secret',
  'config.DATABASE_URL',
  'config.REDIS_URL',
  'config.JWT_SECRET',
];

export function loggerOptions(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>): LoggerOptions {
  return {
    level: config.LOG_LEVEL,
    base: { service: 'promata-api', env: config.NODE_ENV },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>): Logger {
  return pino(loggerOptions(config));
}
