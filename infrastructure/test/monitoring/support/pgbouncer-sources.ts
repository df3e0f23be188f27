// The Debian exporter (prometheus-pgbouncer-exporter 1.7, a different Python project) crashes on
// PgBouncer >= 1.8 (KeyError 'total_requests'), so the Swarm runs prometheus-community's
// pgbouncer_exporter, which is not packaged. Its metric names are derived from PgBouncer's admin
// console columns (collector.go: metric = pgbouncer_<command>_<mapped column>); this table records,
// for every name the rules and dashboards use, the console command and column it comes from, and
// the test checks those columns exist on the real PgBouncer installed here.

export type PgBouncerSource =
  | { kind: 'column'; command: 'POOLS' | 'DATABASES'; column: string }
  | { kind: 'row'; command: 'LISTS' | 'CONFIG'; key: string }
  | { kind: 'exporter' };

export const pgbouncerSources: Record<string, PgBouncerSource> = {
  pgbouncer_up: { kind: 'exporter' },
  pgbouncer_pools_client_active_connections: { kind: 'column', command: 'POOLS', column: 'cl_active' },
  pgbouncer_pools_client_waiting_connections: { kind: 'column', command: 'POOLS', column: 'cl_waiting' },
  pgbouncer_pools_server_active_connections: { kind: 'column', command: 'POOLS', column: 'sv_active' },
  pgbouncer_pools_server_idle_connections: { kind: 'column', command: 'POOLS', column: 'sv_idle' },
  pgbouncer_pools_client_maxwait_seconds: { kind: 'column', command: 'POOLS', column: 'maxwait' },
  pgbouncer_databases_pool_size: { kind: 'column', command: 'DATABASES', column: 'pool_size' },
  pgbouncer_databases_current_connections: { kind: 'column', command: 'DATABASES', column: 'current_connections' },
  pgbouncer_used_clients: { kind: 'row', command: 'LISTS', key: 'used_clients' },
  pgbouncer_config_max_client_connections: { kind: 'row', command: 'CONFIG', key: 'max_client_conn' },
};

/** Names no process on this machine can expose, each with the reason; kept short on purpose. */
export const unscrapableNames: Record<string, string> = {
  traefik_tls_certs_not_after:
    'Traefik v3 (not packaged in Debian) exports it per served certificate; TLS alerts are covered by promtool tests',
};
