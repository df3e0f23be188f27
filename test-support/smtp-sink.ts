import type { AddressInfo } from 'node:net';
import type { Readable } from 'node:stream';
import { simpleParser, type AddressObject, type HeaderValue, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

/** One message as the SMTP server received it, decoded. */
export type ReceivedMail = {
  /** Addresses of the To header, lower-cased. */
  to: string[];
  /** Address of the From header, lower-cased (the display name is in `headers.from`). */
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Every header by lower-case name, decoded to one string (`content-type` is the bare type). */
  headers: Record<string, string>;
  /** MAIL FROM and RCPT TO of the SMTP conversation. */
  envelope: { from: string; to: string[] };
  /** The http(s) links of the text part, in order: what a test follows to verify, reset, accept. */
  links: string[];
  /** The message exactly as transmitted. */
  raw: string;
};

export type SmtpSink = {
  /** `smtp://user:pass@127.0.0.1:<port>`, usable as SMTP_URL: plain SMTP, any credentials accepted. */
  url: string;
  /** Every message received so far, oldest first. */
  messages: ReceivedMail[];
  /**
   * The first message (received so far or arriving later) that satisfies `predicate`. Rejects after
   * `timeoutMs` with the list of what did arrive, so a failing test says why.
   */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Forgets the messages received so far, so the next `waitFor` only sees new ones. */
  clear(): void;
  stop(): Promise<void>;
};

const lower = (value: string) => value.toLowerCase();

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((object) => object.value)
    .flatMap((address) => (address.address ? [lower(address.address)] : []));
}

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => headerText(item)).join(', ');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('value' in value && typeof value.value === 'string') return value.value;
  return JSON.stringify(value);
}

function toReceived(parsed: ParsedMail, session: SMTPServerSession, raw: Buffer): ReceivedMail {
  const text = parsed.text ?? '';
  return {
    to: addresses(parsed.to),
    from: addresses(parsed.from)[0] ?? '',
    subject: parsed.subject ?? '',
    text,
    html: parsed.html || '',
    headers: Object.fromEntries([...parsed.headers].map(([name, value]) => [name, headerText(value)])),
    envelope: {
      from: session.envelope.mailFrom ? lower(session.envelope.mailFrom.address) : '',
      to: session.envelope.rcptTo.map((recipient) => lower(recipient.address)),
    },
    links: text.match(/https?:\/\/[^\s<>"]+/g) ?? [],
    raw: raw.toString('utf8'),
  };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * An in-process SMTP server on 127.0.0.1 for integration tests: point the API's SMTP_URL at `url`,
 * trigger an e-mail, then `await sink.waitFor((m) => m.to.includes(email))` and follow `links`.
 * It offers no STARTTLS, so nodemailer's opportunistic upgrade is skipped and the conversation stays
 * plain; AUTH is accepted over plain text with any user and password.
 *
 *   const sink = await startSmtpSink();
 *   afterAll(() => sink.stop());
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<{ offer(mail: ReceivedMail): void; fail(error: Error): void }>();

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    // Senders keep pooled connections open; stop() ends them after this instead of the default 30 s.
    closeTimeout: 250,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onData(stream, session, callback) {
      readAll(stream)
        .then(async (raw) => {
          const mail = toReceived(await simpleParser(raw), session, raw);
          messages.push(mail);
          for (const waiter of [...waiters]) waiter.offer(mail);
        })
        .then(
          () => callback(),
          (error: Error) => callback(error),
        );
    },
  });
  // Connection-level errors (a client dropping its socket) are part of normal test runs.
  server.on('error', () => {});

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  const summary = () =>
    messages.length === 0 ? 'none' : messages.map((mail) => `"${mail.subject}" to ${mail.to.join(', ')}`).join('; ');

  return {
    url: `smtp://user:pass@127.0.0.1:${port}`,
    messages,
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise<ReceivedMail>((resolve, reject) => {
        const waiter = {
          offer(mail: ReceivedMail) {
            let matches: boolean;
            try {
              matches = predicate(mail);
            } catch (error) {
              waiter.fail(error instanceof Error ? error : new Error(String(error)));
              return;
            }
            if (!matches) return;
            clearTimeout(timer);
            waiters.delete(waiter);
            resolve(mail);
          },
          fail(error: Error) {
            clearTimeout(timer);
            waiters.delete(waiter);
            reject(error);
          },
        };
        const timer = setTimeout(
          () => waiter.fail(new Error(`No matching e-mail within ${timeoutMs} ms; received: ${summary()}`)),
          timeoutMs,
        );
        waiters.add(waiter);
        for (const mail of [...messages]) if (waiters.has(waiter)) waiter.offer(mail);
      });
    },
    clear() {
      messages.length = 0;
    },
    async stop() {
      for (const waiter of [...waiters]) waiter.fail(new Error('The SMTP sink stopped'));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
