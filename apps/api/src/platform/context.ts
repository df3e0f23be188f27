import type { Config } from './config/load-config.js';
import type { Database } from './db/database.js';
import type { KeyValueStore } from './kv/key-value-store.js';

/**
 * What route plugins and use-cases receive: the configuration and the shared connections of this
 * process. Built once at start (platform.ts) and passed down explicitly, never imported as globals,
 * so tests build the same app against their own databases.
 */
export type AppContext = {
  config: Config;
  database: Database;
  kv: KeyValueStore;
  version: string;
  /** Set when SIGTERM arrives: readiness turns 503 so load balancers stop sending new work. */
  lifecycle: { draining: boolean };
};
