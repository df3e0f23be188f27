import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';

/** The shared servers of this machine; the bench only creates its own database and key prefix on them. */
export const postgresAdminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type BenchServices = {
  databaseName: string;
  databaseUrl: string;
  redisKeyPrefix: string;
  /** A client on the bench database (for loading data and checks); closed by `drop`. */
  client: pg.Client;
  drop(): Promise<void>;
};

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database `promata_bench_<random>` and Redis prefix `promata_bench_<random>:`, removed by `drop`. */
export async function createBenchServices(): Promise<BenchServices> {
  const suffix = randomBytes(4).toString('hex');
  const databaseName = `promata_bench_${suffix}`;
  await withAdmin((client) => client.query(`create database ${databaseName}`));
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${databaseName}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const redisKeyPrefix = `promata_bench_${suffix}:`;
  return {
    databaseName,
    databaseUrl: url.toString(),
    redisKeyPrefix,
    client,
    async drop() {
      await client.end().catch(() => undefined);
      await withAdmin((admin) => admin.query(`drop database if exists ${databaseName} with (force)`));
      const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
      await redis.connect();
      try {
        let cursor = '0';
        do {
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${redisKeyPrefix}*`, 'COUNT', 1000);
          if (keys.length) await redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    },
  };
}

/** Versions of the servers for the report. */
export async function serverVersions(client: pg.Client): Promise<{ postgres: string; redis: string }> {
  const postgres = (await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
  await redis.connect();
  try {
    const info = await redis.info('server');
    return { postgres, redis: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown' };
  } finally {
    redis.disconnect();
  }
}
