import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { hashAccountToken } from '../../src/modules/users/account-token.js';
import { inviteUser } from '../../src/modules/users/invite-user.js';
import { AppError } from '../../src/platform/http/app-error.js';
import { createTestDatabase, type TestDatabase } from '../../../../test-support/services.js';

function capture() {
  let out = '';
  let err = '';
  return {
    io: { out: (t: string) => void (out += t), err: (t: string) => void (err += t) },
    out: () => out,
    err: () => err,
  };
}

describe('operator CLI and invitations on real PostgreSQL', () => {
  let testDb: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    testDb = await createTestDatabase({ migrate: false });
    env = { DATABASE_URL: testDb.url, PUBLIC_URL: 'https://reserva.example', LOG_LEVEL: 'silent' };
  });
  afterAll(() => testDb.drop());

  it('db:migrate applies the migrations, then reports the database up to date', async () => {
    const first = capture();
    expect(await runCli(['db:migrate'], env, first.io)).toBe(0);
    expect(first.out()).toMatch(/^Applied: 0001_users/);
    const second = capture();
    expect(await runCli(['db:migrate'], env, second.io)).toBe(0);
    expect(second.out()).toBe('The database is up to date.\n');
  });

  it('user:create makes the first ROOT and prints a one-time link whose token is stored only hashed', async () => {
    const run = capture();
    expect(
      await runCli(
        ['user:create', '--role', 'ROOT', '--email', ' Diretora@PUCRS.example ', '--name', 'Diretora'],
        env,
        run.io,
      ),
    ).toBe(0);
    const link = /https:\/\/reserva\.example\/set-password#token=([\w-]{43})/.exec(run.out());
    expect(link).not.toBeNull();
    const token = link![1]!;

    const user = await testDb.database.db
      .selectFrom('users')
      .selectAll()
      .where('email', '=', 'diretora@pucrs.example')
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ role: 'ROOT', name: 'Diretora', password_hash: null, active: true });
    const stored = await testDb.database.db
      .selectFrom('account_tokens')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ purpose: 'SET_PASSWORD', token_hash: hashAccountToken(token), used_at: null });
    expect(JSON.stringify(stored)).not.toContain(token);
    const hoursValid = (stored[0]!.expires_at.getTime() - Date.now()) / 3600_000;
    expect(hoursValid).toBeGreaterThan(71);
    expect(hoursValid).toBeLessThanOrEqual(72);
  });

  it('user:create refuses a taken e-mail, a non-staff role and a bad address with clear messages', async () => {
    const taken = capture();
    expect(await runCli(['user:create', '--role', 'ADMIN', '--email', 'diretora@pucrs.example'], env, taken.io)).toBe(
      1,
    );
    expect(taken.err()).toContain('already exists');
    const guest = capture();
    expect(await runCli(['user:create', '--role', 'GUEST', '--email', 'a@b.example'], env, guest.io)).toBe(64);
    expect(guest.err()).toContain('--role must be one of ROOT, ADMIN');
    const bad = capture();
    expect(await runCli(['user:create', '--role', 'ADMIN', '--email', 'not-an-email'], env, bad.io)).toBe(64);
    expect(bad.err()).toContain('--email must be a valid e-mail address');
    const unknown = capture();
    expect(await runCli(['user:drop'], env, unknown.io)).toBe(64);
    expect(unknown.err()).toContain('Unknown command: user:drop');
  });

  it('two invitations racing for one e-mail: exactly one account, the other gets 409', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        inviteUser(
          testDb.database.db,
          { email: 'race@pucrs.example', name: 'Race', role: 'ADMIN' },
          { publicUrl: 'https://x' },
        ),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const failed of attempts.filter((a) => a.status === 'rejected')) {
      expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    }
    const users = await testDb.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'race@pucrs.example')
      .execute();
    const tokens = await testDb.database.db
      .selectFrom('account_tokens')
      .select('id')
      .where('user_id', '=', users[0]!.id)
      .execute();
    expect([users.length, tokens.length]).toEqual([1, 1]);
  });

  it('db:seed-demo refuses to seed a database that already has users', async () => {
    const run = capture();
    expect(await runCli(['db:seed-demo'], env, run.io)).toBe(0);
    expect(run.out()).toContain('nothing was seeded');
  });

  it('reports configuration errors with exit code 78', async () => {
    const run = capture();
    expect(await runCli(['db:migrate'], { DATABASE_URL: 'mysql://nope' }, run.io)).toBe(78);
    expect(run.err()).toContain('DATABASE_URL: must be a URL starting with postgres:// or postgresql://');
  });
});
