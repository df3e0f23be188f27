import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/platform/mail/create-mailer.js';
import { memoryLogger } from '../../../../test-support/memory-logger.js';
import { startSmtpSink, type SmtpSink } from '../../../../test-support/smtp-sink.js';

const from = 'Pró-Mata <no-reply@promata.test>';
const token = 'tok_5e884898da28047151d0e56f8dc62927';
const link = `https://promata.example/auth/verify?token=${token}`;

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('mailer over SMTP', () => {
  let sink: SmtpSink;
  let dataDir: string;
  beforeAll(async () => {
    sink = await startSmtpSink();
    dataDir = await mkdtemp(path.join(tmpdir(), 'promata-mail-'));
  });
  afterAll(async () => {
    await sink.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('delivers a multipart UTF-8 message through a real SMTP conversation, logging no link', async () => {
    const log = memoryLogger();
    const mailer = createMailer({ smtpUrl: sink.url, from, dataDir, logger: log.logger });
    await mailer.send({
      template: 'verify-email',
      to: 'ana@example.org',
      locale: 'pt-BR',
      data: { name: 'Ana Conceição', url: link },
    });
    await mailer.close();

    const mail = await sink.waitFor((received) => received.to.includes('ana@example.org'));
    expect(mail.subject).toBe('Confirme seu e-mail no Pró-Mata');
    expect(mail.from).toBe('no-reply@promata.test');
    expect(mail.headers.from).toContain('Pró-Mata');
    expect(mail.to).toEqual(['ana@example.org']);
    expect(mail.envelope).toEqual({ from: 'no-reply@promata.test', to: ['ana@example.org'] });
    expect(mail.headers['content-type']).toBe('multipart/alternative');
    expect(mail.headers['auto-submitted']).toBe('auto-generated');
    expect(mail.headers['message-id']).toMatch(/^<.+@promata\.test>$/);

    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Ana Conceição');
      expect(part).toContain('Centro de Pesquisas e Conservação da Natureza Pró-Mata');
    }
    expect(mail.html).toContain('<html lang="pt-BR"');
    expect(mail.links).toEqual([link]);
    expect(mail.html).toContain(`href="${link}"`);

    const sent = log.lines().filter((line) => line.msg === 'mail sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      level: 30,
      transport: 'smtp',
      mail: { to: 'ana@example.org', template: 'verify-email', locale: 'pt-BR', messageId: mail.headers['message-id'] },
    });
    expect(log.text()).not.toContain(token);
    expect(log.text()).not.toContain('Conceição');
  });

  it('keeps a pool that delivers concurrent messages, each to its own recipient', async () => {
    const mailer = createMailer({ smtpUrl: sink.url, from, dataDir, logger: memoryLogger().logger });
    const recipients = Array.from({ length: 6 }, (_, index) => `pool-${index}@example.org`);
    await Promise.all(
      recipients.map((to, index) =>
        mailer.send({
          template: 'invitation',
          to,
          locale: index % 2 ? 'en' : 'pt-BR',
          data: { name: `Pessoa ${index}`, url: `https://promata.example/invite?token=t${index}`, role: 'ADMIN' },
        }),
      ),
    );
    await mailer.close();

    for (const [index, to] of recipients.entries()) {
      const mail = await sink.waitFor((received) => received.to.includes(to));
      expect(mail.links).toEqual([`https://promata.example/invite?token=t${index}`]);
      expect(mail.text).toContain(index % 2 ? 'Administrator' : 'Administrador(a)');
    }
  });

  it('rejects and logs when the server cannot be reached, and refuses to send once closed', async () => {
    const log = memoryLogger();
    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${await closedPort()}`,
      from,
      dataDir,
      logger: log.logger,
    });
    const message = {
      template: 'password-changed',
      to: 'nobody@example.org',
      locale: 'en',
      data: { name: 'Nobody' },
    } as const;
    await expect(mailer.send(message)).rejects.toThrow(/ECONNREFUSED|connect/i);
    expect(log.lines().find((line) => line.msg === 'mail not sent')).toMatchObject({
      level: 40,
      mail: { to: 'nobody@example.org', template: 'password-changed', locale: 'en' },
    });

    await mailer.close();
    await expect(mailer.send(message)).rejects.toThrow('The mailer is closed');
  });

  it('lets a test wait for a message that has not arrived yet, and says what came instead', async () => {
    const mailer = createMailer({ smtpUrl: sink.url, from, dataDir, logger: memoryLogger().logger });
    const waiting = sink.waitFor((received) => received.to.includes('later@example.org'));
    await mailer.send({ template: 'account-deleted', to: 'later@example.org', locale: 'en', data: { name: 'Lia' } });
    expect((await waiting).subject).toBe('Your Pró-Mata account was deleted');
    await mailer.close();

    await expect(sink.waitFor((received) => received.to.includes('never@example.org'), 50)).rejects.toThrow(
      /No matching e-mail within 50 ms; received: .*"Your Pró-Mata account was deleted" to later@example.org/,
    );
  });
});

describe('mailer without SMTP (embedded default)', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'promata-mail-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('writes a private, parseable .eml file under DATA_DIR/mail and logs its path without the link', async () => {
    const log = memoryLogger();
    const mailer = createMailer({ from, dataDir, logger: log.logger });
    const url = `https://promata.example/auth/reset?token=${token}`;
    await mailer.send({ template: 'reset-password', to: 'bia@example.org', locale: 'en', data: { name: 'Bia', url } });
    await mailer.close();

    const files = await readdir(path.join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    const [name] = files as [string];
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-reset-password-[0-9a-f]{8}\.eml$/);
    const file = path.join(dataDir, 'mail', name);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const raw = await readFile(file);
    expect(raw.includes('\r\n')).toBe(true);
    const mail = await simpleParser(raw);
    expect(mail.subject).toBe('Reset your Pró-Mata password');
    expect(mail.from?.text).toContain('no-reply@promata.test');
    expect(mail.from?.value[0]?.name).toBe('Pró-Mata');
    expect(mail.text).toContain(url);
    expect(mail.text).toContain('Pró-Mata Research and Nature Conservation Centre');
    expect(mail.html).toContain('<html lang="en"');

    const written = log.lines().filter((line) => line.msg === 'mail written to file');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({
      level: 30,
      transport: 'file',
      mail: { to: 'bia@example.org', template: 'reset-password', locale: 'en', file, messageId: mail.messageId },
    });
    expect(log.text()).not.toContain(token);
  });
});
