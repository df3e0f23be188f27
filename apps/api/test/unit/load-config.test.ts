import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config/load-config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs on the embedded defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      HOST: '0.0.0.0',
      PORT: 3000,
      PUBLIC_URL: 'http://localhost:3000',
      databaseKind: 'embedded',
      sessionStoreKind: 'in-process',
      MIGRATE_ON_START: true,
    });
    expect(config.DATA_DIR).toMatch(/\/data$/);
  });

  it('selects PostgreSQL and Redis when their URLs are set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/promata', REDIS_URL: 'redis://cache:6379' });
    expect(config.databaseKind).toBe('postgres');
    expect(config.sessionStoreKind).toBe('redis');
  });

  it('names every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', TRUST_PROXY: 'maybe' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'TRUST_PROXY']);
    expect(problems.find((p) => p.startsWith('PORT'))).toContain('"eighty"');

    // In production a format error does not hide the variables production requires, and a
    // required variable that is set but malformed is named once, for its format.
    const production = problemsOf({
      NODE_ENV: 'production',
      PORT: 'x',
      REDIS_URL: 'http://cache:6379',
      JWT_SECRET: 'x'.repeat(48),
    });
    expect(production.map((p) => p.split(':')[0]).sort()).toEqual([
      'DATABASE_URL',
      'DATA_ENCRYPTION_KEY',
      'PORT',
      'REDIS_URL',
      'SMTP_URL',
    ]);
    expect(production.find((p) => p.startsWith('DATABASE_URL'))).toContain('required when NODE_ENV=production');
    expect(production.find((p) => p.startsWith('REDIS_URL'))).not.toContain('required');
  });

  it('never echoes a secret value in its errors', () => {
    const problems = problemsOf({ JWT_SECRET: 'short-secret-value', DATABASE_URL: 'http://user:hunter2@db/x' });
    expect(problems.join('\n')).not.toContain('short-secret-value');
    expect(problems.join('\n')).not.toContain('hunter2');
    expect(problems.some((p) => p.startsWith('JWT_SECRET: must be at least 32 characters'))).toBe(true);
  });

  it('reads <NAME>_FILE variables from files and refuses both forms at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'promata-config-'));
    const secretFile = join(dir, 'jwt');
    writeFileSync(secretFile, `${'s'.repeat(40)}\n`);
    expect(loadConfig({ JWT_SECRET_FILE: secretFile }).JWT_SECRET).toBe('s'.repeat(40));
    expect(problemsOf({ JWT_SECRET_FILE: secretFile, JWT_SECRET: 'x'.repeat(40) })[0]).toMatch(
      /either JWT_SECRET or JWT_SECRET_FILE/,
    );
    expect(problemsOf({ JWT_SECRET_FILE: join(dir, 'missing') })[0]).toMatch(/JWT_SECRET_FILE: cannot read/);
  });

  it('refuses to run production on the embedded defaults', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'DATABASE_URL',
      'REDIS_URL',
      'JWT_SECRET',
      'DATA_ENCRYPTION_KEY',
      'SMTP_URL',
    ]);
    expect(problems[0]).toContain('required when NODE_ENV=production');
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/promata',
        REDIS_URL: 'rediss://cache:6380',
        JWT_SECRET: 'x'.repeat(48),
        DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
        SMTP_URL: 'smtp://mail.example:587',
      }),
    ).not.toThrow();
  });

  it('parses lists, flags and proxy hops', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://a.example, https://b.example',
      MIGRATE_ON_START: 'false',
      TRUST_PROXY: '2',
    });
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.MIGRATE_ON_START).toBe(false);
    expect(config.TRUST_PROXY).toBe(2);
  });
});
