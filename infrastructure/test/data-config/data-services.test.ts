import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, freePort, ownedDir, serviceUser, stopPid } from '../../local/lib/exec.js';
import { psql } from '../../local/lib/postgres.js';
import { redisCli, startRedis, writeRedisConfig, type RedisServer } from '../../local/lib/redis.js';
import { startDataFixture, type DataFixture } from './fixture.js';

// The committed postgresql.conf, pg_hba.conf, init SQL, pgbouncer.ini and redis.conf, started for
// real: SCRAM everywhere, auth_query through PgBouncer, least-privilege roles, Redis with a password
// and AOF that keeps data across a restart.

let data: DataFixture;
let redis: RedisServer;
let redisPid = 0;
const redisUser = serviceUser('redis');

/** psql through PgBouncer as `user` with `password`: what the API does. */
const viaBouncer = (user: string, password: string, sql: string, database = 'promata') =>
  exec(
    'psql',
    ['-X', '-At', '-h', '127.0.0.1', '-p', String(data.bouncer.port), '-U', user, '-d', database, '-c', sql],
    {
      env: { PGPASSWORD: password, PGCONNECT_TIMEOUT: '5' },
    },
  );
const secret = (file: string) => readFileSync(file, 'utf8').trim();

beforeAll(async () => {
  data = await startDataFixture('data-config');
  redis = writeRedisConfig(ownedDir(join(data.root, 'redis'), redisUser), await freePort(), data.secrets, redisUser);
  redisPid = await startRedis(redis, data.secrets, redisUser);
});

afterAll(async () => {
  if (redisPid) await stopPid(redisPid, 5000);
  await data?.stop();
});

describe('PostgreSQL with the committed postgresql.conf and pg_hba.conf', () => {
  it('accepts SCRAM-SHA-256 only and stores SCRAM verifiers', async () => {
    const methods = await psql(data.primary, data.secrets, 'select distinct auth_method from pg_hba_file_rules');
    expect(methods.split('\n')).toEqual(['scram-sha-256']);
    const verifiers = await psql(
      data.primary,
      data.secrets,
      "select count(*) filter (where passwd not like 'SCRAM-SHA-256$%') from pg_shadow where passwd is not null",
    );
    expect(verifiers).toBe('0');
    expect(await psql(data.primary, data.secrets, 'show wal_level')).toBe('replica');
    expect(await psql(data.primary, data.secrets, 'show synchronous_commit')).toBe('on');
  });

  it('gives each role only what it needs', async () => {
    const roles = await psql(
      data.primary,
      data.secrets,
      "select rolname || ':' || concat(rolsuper::int, rolcreaterole::int, rolcreatedb::int, rolreplication::int) from pg_roles where rolname in ('promata','replicator','pgbouncer_auth','promata_monitor') order by 1",
    );
    expect(roles.split('\n')).toEqual([
      'pgbouncer_auth:0000',
      'promata:0000',
      'promata_monitor:0000',
      'replicator:0001',
    ]);
    const owner = await psql(
      data.primary,
      data.secrets,
      "select pg_get_userbyid(datdba) from pg_database where datname = 'promata'",
    );
    expect(owner).toBe('promata');
    // Neither the application nor the lookup role can read pg_shadow; the lookup function never
    // returns a superuser or the replication role.
    const direct = await viaBouncer('promata', secret(data.secrets.app), 'select count(*) from pg_shadow');
    expect(direct.code).not.toBe(0);
    await expect(
      psql(data.primary, data.secrets, 'set role pgbouncer_auth; select count(*) from pg_shadow', {
        database: 'promata',
      }),
    ).rejects.toThrow(/permission denied/);
    const lookup = await psql(
      data.primary,
      data.secrets,
      "set role pgbouncer_auth; select string_agg(usename, ',' order by usename) from (select (pgbouncer.get_auth(u)).usename from unnest(array['postgres','replicator','promata']) u) s",
      { database: 'promata' },
    );
    expect(lookup).toBe('promata');
  });
});

describe('PgBouncer with the committed pgbouncer.ini', () => {
  it('logs the application role in with SCRAM through auth_query, in transaction pooling', async () => {
    const ok = await viaBouncer('promata', secret(data.secrets.app), 'select current_user, pg_is_in_recovery()');
    expect(ok.stderr).toBe('');
    expect(ok.stdout.trim()).toBe('promata|f');
    const pools = await viaBouncer(
      'pgbouncer_admin',
      secret(data.secrets.pgbouncerAdmin),
      'SHOW DATABASES',
      'pgbouncer',
    );
    expect(pools.stdout).toMatch(/^promata\|127\.0\.0\.1\|\d+\|promata\|\|20\|/m);
    const mode = await viaBouncer('pgbouncer_admin', secret(data.secrets.pgbouncerAdmin), 'SHOW CONFIG', 'pgbouncer');
    expect(mode.stdout).toMatch(/^pool_mode\|transaction\|/m);
    expect(mode.stdout).toMatch(/^auth_type\|scram-sha-256\|/m);
  });

  it('refuses a wrong password, the superuser and the stats user on the admin commands', async () => {
    const wrong = await viaBouncer('promata', 'not-the-password', 'select 1');
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/SASL authentication failed|password authentication failed/);
    const superuser = await viaBouncer('postgres', secret(data.secrets.postgres), 'select 1');
    expect(superuser.code).not.toBe(0);
    const stats = await viaBouncer('pgbouncer_stats', secret(data.secrets.pgbouncerStats), 'RELOAD', 'pgbouncer');
    expect(stats.code).not.toBe(0);
    expect(
      (await viaBouncer('pgbouncer_stats', secret(data.secrets.pgbouncerStats), 'SHOW POOLS', 'pgbouncer')).code,
    ).toBe(0);
  });
});

describe('Redis with the committed redis.conf', () => {
  it('requires the password and runs with AOF every second and noeviction', async () => {
    const anonymous = await redisCli(redis, undefined, ['PING']);
    expect(anonymous.stdout + anonymous.stderr).toMatch(/NOAUTH/);
    const config = await redisCli(redis, data.secrets, ['CONFIG', 'GET', '*']);
    const values = config.stdout.trim().split('\n');
    const get = (name: string) => values[values.indexOf(name) + 1];
    expect(get('appendonly')).toBe('yes');
    expect(get('appendfsync')).toBe('everysec');
    expect(get('maxmemory-policy')).toBe('noeviction');
    expect(get('protected-mode')).toBe('yes');
  });

  it('keeps a session across a restart (AOF)', async () => {
    await redisCli(redis, data.secrets, ['SET', 'promata:session:smoke', 'alive', 'EX', '600']);
    await stopPid(redisPid, 5000);
    redisPid = await startRedis(redis, data.secrets, redisUser);
    expect((await redisCli(redis, data.secrets, ['GET', 'promata:session:smoke'])).stdout.trim()).toBe('alive');
  });
});
