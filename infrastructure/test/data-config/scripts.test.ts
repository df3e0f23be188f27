import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exec, type ExecResult } from '../../local/lib/exec.js';
import { scriptsRoot } from '../../local/lib/paths.js';
import {
  createStandby,
  initCluster,
  psql,
  runInitSql,
  startCluster,
  stopCluster,
  type Cluster,
} from '../../local/lib/postgres.js';
import { requireTool } from '../support/tools.js';
import { startDataFixture, type DataFixture } from './fixture.js';

// backup.sh, restore.sh and failover.sh run for real against the committed configs: a dump restored
// into a fresh cluster has the same rows and checksum; a streaming standby is promoted and
// PgBouncer repointed while its clients keep their connection settings.

let data: DataFixture;
const scripts = ['backup.sh', 'restore.sh', 'failover.sh'];
const script = (name: string, args: string[], env: Record<string, string>): Promise<ExecResult> =>
  exec('bash', [join(scriptsRoot, name), ...args], { env });
const checksum = "select count(*) || ':' || md5(string_agg(id::text || v, ',' order by id)) from bookings_probe";

beforeAll(async () => {
  requireTool('shellcheck', 'apt-get install shellcheck');
  data = await startDataFixture('scripts');
  await psql(
    data.primary,
    data.secrets,
    'create table bookings_probe (id int primary key, v text not null); insert into bookings_probe select g, md5(g::text) from generate_series(1, 5000) g',
    { database: 'promata', user: 'promata' },
  );
});

afterAll(async () => {
  await data?.stop();
});

describe('operations scripts', () => {
  it('are shellcheck-clean bash with strict mode', async () => {
    const result = await exec('shellcheck', ['--severity=style', ...scripts.map((name) => join(scriptsRoot, name))]);
    expect(result.stdout + result.stderr).toBe('');
    for (const name of scripts) expect(readFileSync(join(scriptsRoot, name), 'utf8')).toMatch(/^set -euo pipefail$/m);
  });

  it('backup.sh then restore.sh into a fresh cluster keeps row count and checksum; a bad dump is refused', async () => {
    const before = await psql(data.primary, data.secrets, checksum, { database: 'promata', user: 'promata' });
    const backupDir = join(data.root, 'backups');
    const backup = await script('backup.sh', [], {
      PGHOST: '127.0.0.1',
      PGPORT: String(data.primary.port),
      PGPASSWORD_FILE: data.secrets.app,
      BACKUP_DIR: backupDir,
    });
    expect(backup.stderr).toBe('');
    const dump = backup.stdout.trim();
    expect(readFileSync(`${dump}.sha256`, 'utf8')).toMatch(/^[0-9a-f]{64} {2}promata-\d{8}T\d{6}Z\.dump\n$/);

    const fresh: Cluster = await data.cluster('restored');
    await initCluster(fresh, data.secrets, data.postgresUser);
    await startCluster(fresh, data.postgresUser, ["synchronous_standby_names=''"]);
    await runInitSql(fresh, data.secrets);
    const target = { PGHOST: '127.0.0.1', PGPORT: String(fresh.port), PGPASSWORD_FILE: data.secrets.app };

    const tampered = join(backupDir, 'tampered.dump');
    writeFileSync(tampered, `${readFileSync(dump, 'latin1')}x`, 'latin1');
    writeFileSync(`${tampered}.sha256`, readFileSync(`${dump}.sha256`, 'utf8').replace(/\S+\.dump/, 'tampered.dump'));
    const refused = await script('restore.sh', [tampered], target);
    expect(refused.code).toBe(65);

    const restored = await script('restore.sh', [dump], target);
    expect(restored.stderr).toBe('');
    expect(await psql(fresh, data.secrets, checksum, { database: 'promata', user: 'promata' })).toBe(before);
    // A second restore over the now non-empty database needs RESTORE_CLEAN=true.
    expect((await script('restore.sh', [dump], target)).code).toBe(73);
  });

  it('failover.sh refuses while the primary lives, then promotes the standby and repoints PgBouncer', async () => {
    const standby = await data.cluster('standby');
    await createStandby(data.primary, standby, data.secrets, data.postgresUser);
    await startCluster(standby, data.postgresUser);
    const env = {
      STANDBY_HOST: '127.0.0.1',
      STANDBY_PORT: String(standby.port),
      PGPASSWORD_FILE: data.secrets.postgres,
      OLD_PRIMARY_HOST: '127.0.0.1',
      OLD_PRIMARY_PORT: String(data.primary.port),
      PGBOUNCER_DATABASES_FILE: data.bouncer.databasesFile,
      PGBOUNCER_HOST: '127.0.0.1',
      PGBOUNCER_PORT: String(data.bouncer.port),
      PGBOUNCER_ADMIN_PASSWORD_FILE: data.secrets.pgbouncerAdmin,
    };
    expect((await script('failover.sh', [], env)).code).toBe(75);
    expect(await psql(standby, data.secrets, 'select pg_is_in_recovery()')).toBe('t');

    await stopCluster(data.primary, data.postgresUser, 'immediate');
    const failover = await script('failover.sh', [], env);
    expect(failover.stderr).toMatch(/PgBouncer now sends promata to 127\.0\.0\.1:\d+/);
    expect(failover.code).toBe(0);

    const app = { port: data.bouncer.port };
    const after = await psql(app, data.secrets, 'select pg_is_in_recovery(), inet_server_port()', {
      database: 'promata',
      user: 'promata',
    });
    expect(after).toBe(`f|${standby.port}`);
    await psql(app, data.secrets, "insert into bookings_probe values (5001, 'after failover')", {
      database: 'promata',
      user: 'promata',
    });
    // Running it again is harmless: it only repoints PgBouncer; here through PGBOUNCER_EXEC, as the
    // Swarm does with `docker exec -i <pgbouncer container>` (the file belongs to PgBouncer's user).
    const again = await script('failover.sh', [], {
      ...env,
      OLD_PRIMARY_HOST: '',
      PGBOUNCER_EXEC: 'setpriv --reuid=postgres --regid=postgres --init-groups',
    });
    expect(again.stderr).toMatch(/already a primary/);
    expect(again.code).toBe(0);
    expect(readFileSync(data.bouncer.databasesFile, 'utf8')).toBe(
      `[databases]\npromata = host=127.0.0.1 port=${standby.port} dbname=promata\n`,
    );
  });
});
