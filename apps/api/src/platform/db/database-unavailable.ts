/**
 * Whether an error means PostgreSQL (or PgBouncer in front of it) cannot serve us right now — a
 * restart, a failover, a refused or dropped connection — rather than a bug in a query. Such
 * requests answer 503 with Retry-After; the pool reconnects by itself (see database.ts).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    // SQLSTATE class 08: connection exception; 57P01-03: shutting down or not accepting yet;
    // 53300: too many connections; 25006: read-only transaction (a standby not promoted yet).
    if (/^08/.test(code) || ['57P01', '57P02', '57P03', '53300', '25006'].includes(code)) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN'].includes(code))
      return true;
  }
  // node-postgres reports a lost or unreachable server with plain messages and no code.
  return /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/.test(
    error.message,
  );
}
