import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Delivery } from './delivery.js';

/** `2026-03-01T12-30-05-123Z-verify-email-9f86d081.eml`: sortable, unique, safe on every file system. */
export function emlFileName(template: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const name = template.replace(/[^a-z0-9-]/gi, '-');
  return `${stamp}-${name}-${randomBytes(4).toString('hex')}.eml`;
}

/**
 * The embedded default: no mail server on a laptop, so each message is composed exactly as it
 * would be sent (real MIME, CRLF line ends) and written to `<dataDir>/mail/` as an `.eml` file that
 * any mail client opens. Files are private to the user: they contain single-use links.
 */
export function createFileDelivery(dataDir: string): Delivery {
  const directory = path.resolve(dataDir, 'mail');
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  return {
    kind: 'file',
    async deliver(message, template) {
      const info = await composer.sendMail(message);
      if (!Buffer.isBuffer(info.message)) throw new Error('The mail composer did not return a buffer');
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const file = path.join(directory, emlFileName(template));
      await writeFile(file, info.message, { flag: 'wx', mode: 0o600 });
      return { messageId: info.messageId, file };
    },
    async close() {},
  };
}
