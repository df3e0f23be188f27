import type { PGlite, Results, Transaction } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';

type Queryable = Pick<PGlite | Transaction, 'query' | 'exec'>;

/**
 * Runs a compiled query the way node-postgres does: with parameters through the extended protocol,
 * without them through the simple protocol (which accepts several statements, as migrations need).
 */
async function run<Row>(db: Queryable, query: CompiledQuery): Promise<QueryResult<Row>> {
  let result: Results<Row> | undefined;
  if (query.parameters.length > 0) {
    result = await db.query<Row>(query.sql, [...query.parameters]);
  } else {
    const results = await db.exec(query.sql);
    result = results.at(-1) as Results<Row> | undefined;
  }
  const rows = result?.rows ?? [];
  const affected = result?.affectedRows;
  return affected !== undefined && affected > 0 ? { rows, numAffectedRows: BigInt(affected) } : { rows };
}

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly db: PGlite) {}

  executeQuery<Row>(query: CompiledQuery): Promise<QueryResult<Row>> {
    return run<Row>(this.db, query);
  }

  // eslint-disable-next-line require-yield -- PGlite has no cursors; streaming is not offered.
  async *streamQuery<Row>(): AsyncIterableIterator<QueryResult<Row>> {
    throw new Error('Streaming queries are not supported by the embedded database');
  }
}

/** A FIFO lock: each caller gets the connection in turn and hands it on by calling `unlock`. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();

  lock(): Promise<() => void> {
    let unlock!: () => void;
    const released = new Promise<void>((resolve) => (unlock = resolve));
    const acquired = this.tail.then(() => unlock);
    this.tail = this.tail.then(() => released);
    return acquired;
  }
}

/**
 * PGlite is a single connection: callers queue for it, exactly like a pool of size one, so a
 * transaction never interleaves with another caller's statements.
 */
class PGliteDriver implements Driver {
  private readonly mutex = new Mutex();
  private readonly connection: PGliteConnection;
  private unlock: (() => void) | undefined;

  constructor(private readonly db: PGlite) {
    this.connection = new PGliteConnection(db);
  }

  async init(): Promise<void> {
    await this.db.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.unlock = await this.mutex.lock();
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const unlock = this.unlock;
    this.unlock = undefined;
    unlock?.();
  }

  async destroy(): Promise<void> {
    await this.db.close();
  }
}

export class PGliteDialect implements Dialect {
  constructor(private readonly db: PGlite) {}

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PGliteDriver(this.db);
  }

  createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
