import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { exec, freePort, serviceUser } from '../exec.js';
import { scriptsRoot } from '../paths.js';
import { initCluster, makeCluster, psql, runInitSql, startCluster, stopCluster, type Cluster } from '../postgres.js';
import type { StackState } from '../state.js';
import { type FailureTest, type Recorder } from './result.js';

// backup.sh against the live primary, restore.sh into a brand-new cluster prepared by the same init
// SQL: every table's row count and a checksum of the bookings must be equal.

const countsSql = `select string_agg(format('%s=%s', c.relname, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from public.%I', c.relname), false, true, '')))[1]::text), ',' order by c.relname)
from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'`;
const bookingsChecksumSql = `select count(*) || ':' || md5(coalesce(string_agg(b::text, '|' order by b.id), '')) from bookings b`;

/** The cluster currently serving as primary (the standby after a failover). */
export async function currentPrimary(state: StackState): Promise<Cluster> {
  for (const cluster of [state.clusters.primary, state.clusters.standby]) {
    const answer = await psql(cluster, state.secrets, 'select pg_is_in_recovery()').catch(() => '');
    if (answer === 'f') return cluster;
  }
  throw new Error('no PostgreSQL primary is running');
}

export const backupRestoreTest: FailureTest = {
  name: 'Backup and restore round trip into a fresh cluster',
  async run(state: StackState, record: Recorder) {
    const primary = await currentPrimary(state);
    const owner = serviceUser('postgres');
    const asApp = { database: 'promata', user: 'promata' as const };
    const countsBefore = await psql(primary, state.secrets, countsSql, asApp);
    const checksumBefore = await psql(primary, state.secrets, bookingsChecksumSql, asApp);
    const backupDir = join(state.runDir, 'backups');
    const started = Date.now();
    const backup = await exec('bash', [join(scriptsRoot, 'backup.sh')], {
      env: {
        PGHOST: '127.0.0.1',
        PGPORT: String(primary.port),
        PGPASSWORD_FILE: state.secrets.app,
        BACKUP_DIR: backupDir,
      },
    });
    if (backup.code !== 0) throw new Error(`backup.sh failed: ${backup.stderr}`);
    record.figure('backup_seconds', Math.round((Date.now() - started) / 100) / 10);

    const fresh = makeCluster(state.runDir, 'pg-restore', await freePort(), owner);
    try {
      await initCluster(fresh, state.secrets, owner);
      await startCluster(fresh, owner, ["synchronous_standby_names=''"]);
      await runInitSql(fresh, state.secrets);
      const restoreStarted = Date.now();
      const restore = await exec('bash', [join(scriptsRoot, 'restore.sh'), backup.stdout.trim()], {
        env: { PGHOST: '127.0.0.1', PGPORT: String(fresh.port), PGPASSWORD_FILE: state.secrets.app },
      });
      if (restore.code !== 0) throw new Error(`restore.sh failed: ${restore.stderr}`);
      record.figure('restore_seconds', Math.round((Date.now() - restoreStarted) / 100) / 10);
      const countsAfter = await psql(fresh, state.secrets, countsSql, asApp);
      const checksumAfter = await psql(fresh, state.secrets, bookingsChecksumSql, asApp);
      const bookingRows = (checksum: string) => Number(checksum.split(':')[0]);
      record.figure('tables', countsBefore.split(',').length);
      record.figure(
        'rows_before',
        countsBefore.split(',').reduce((sum, entry) => sum + Number(entry.split('=')[1]), 0),
      );
      record.figure(
        'rows_after',
        countsAfter.split(',').reduce((sum, entry) => sum + Number(entry.split('=')[1]), 0),
      );
      record.figure('bookings_before', bookingRows(checksumBefore));
      record.figure('bookings_after', bookingRows(checksumAfter));
      record.figure('bookings_checksum_before', checksumBefore.split(':')[1]!);
      record.figure('bookings_checksum_after', checksumAfter.split(':')[1]!);
      record.check('every table has the same row count', countsAfter === countsBefore);
      record.check(
        'the bookings checksum is equal',
        checksumAfter === checksumBefore && bookingRows(checksumBefore) > 0,
      );
    } finally {
      await stopCluster(fresh, owner, 'immediate');
      rmSync(join(state.runDir, 'pg-restore'), { recursive: true, force: true });
      rmSync(backupDir, { recursive: true, force: true });
    }
  },
};
