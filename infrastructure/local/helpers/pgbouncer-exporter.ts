import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import pg from 'pg';

// A minimal PgBouncer exporter for the rehearsal. Debian's prometheus-pgbouncer-exporter 1.7
// crashes against PgBouncer ≥ 1.14 (it reads the removed SHOW STATS column total_requests), so
// this serves the metric names of prometheus-community/pgbouncer_exporter, the Swarm's exporter,
// that the monitoring rules use: pgbouncer_up, pgbouncer_databases_*, pgbouncer_pools_*,
// pgbouncer_config_max_client_connections, pgbouncer_used_clients.
// Usage: node --import tsx pgbouncer-exporter.ts <listen port> <pgbouncer port> <stats user> <password file>

const [listenPort, bouncerPort, user, passwordFile] = process.argv.slice(2);
if (!listenPort || !bouncerPort || !user || !passwordFile) {
  throw new Error('usage: pgbouncer-exporter.ts <listen port> <pgbouncer port> <stats user> <password file>');
}
const password = readFileSync(passwordFile, 'utf8').trim();

type Row = Record<string, string | number | null>;
const labels = (values: Record<string, unknown>) =>
  `{${Object.entries(values)
    .map(([key, value]) => `${key}="${String(value ?? '').replace(/["\\\n]/g, '_')}"`)
    .join(',')}}`;

async function scrape(): Promise<string> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: Number(bouncerPort),
    user,
    password,
    database: 'pgbouncer',
    connectionTimeoutMillis: 3000,
  });
  const lines: string[] = [];
  const gauge = (name: string, help: string, samples: [Record<string, unknown>, number][]) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
    for (const [sampleLabels, value] of samples) lines.push(`${name}${labels(sampleLabels)} ${value}`);
  };
  try {
    await client.connect();
    const rows = async (command: string) => (await client.query<Row>(command)).rows;
    const databases = (await rows('SHOW DATABASES')).filter((row) => row.name !== 'pgbouncer');
    const pools = (await rows('SHOW POOLS')).filter((row) => row.database !== 'pgbouncer');
    const config = await rows('SHOW CONFIG');
    const lists = await rows('SHOW LISTS');
    const dbLabels = (row: Row) => ({ name: row.name, database: row.database, host: row.host, port: row.port });
    const poolLabels = (row: Row) => ({ database: row.database, user: row.user });
    gauge('pgbouncer_up', 'PgBouncer answered the admin console', [[{}, 1]]);
    gauge(
      'pgbouncer_databases_current_connections',
      'Server connections of the database',
      databases.map((row) => [dbLabels(row), Number(row.current_connections)]),
    );
    gauge(
      'pgbouncer_databases_pool_size',
      'Maximum server connections of the database pool',
      databases.map((row) => [dbLabels(row), Number(row.pool_size)]),
    );
    gauge(
      'pgbouncer_pools_client_active_connections',
      'Clients linked to a server connection',
      pools.map((row) => [poolLabels(row), Number(row.cl_active)]),
    );
    gauge(
      'pgbouncer_pools_client_waiting_connections',
      'Clients waiting for a server connection',
      pools.map((row) => [poolLabels(row), Number(row.cl_waiting)]),
    );
    gauge(
      'pgbouncer_pools_server_active_connections',
      'Server connections linked to a client',
      pools.map((row) => [poolLabels(row), Number(row.sv_active)]),
    );
    gauge(
      'pgbouncer_pools_server_idle_connections',
      'Idle server connections',
      pools.map((row) => [poolLabels(row), Number(row.sv_idle)]),
    );
    gauge(
      'pgbouncer_pools_client_maxwait_seconds',
      'Longest client wait',
      pools.map((row) => [poolLabels(row), Number(row.maxwait) + Number(row.maxwait_us) / 1e6]),
    );
    const setting = (key: string) => Number(config.find((row) => row.key === key)?.value ?? 0);
    gauge('pgbouncer_config_max_client_connections', 'max_client_conn', [[{}, setting('max_client_conn')]]);
    gauge('pgbouncer_used_clients', 'Client slots in use', [
      [{}, Number(lists.find((row) => row.list === 'used_clients')?.items ?? 0)],
    ]);
  } catch {
    lines.length = 0;
    gauge('pgbouncer_up', 'PgBouncer answered the admin console', [[{}, 0]]);
  } finally {
    await client.end().catch(() => undefined);
  }
  return `${lines.join('\n')}\n`;
}

createServer((request, response) => {
  if (request.url !== '/metrics') {
    response.writeHead(404).end();
    return;
  }
  void scrape().then((body) => response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(body));
}).listen(Number(listenPort), '127.0.0.1');
