import type { Logger } from 'pino';
import type { Delivery } from './delivery.js';
import { createFileDelivery } from './file-delivery.js';
import type { MailMessage, Mailer } from './mailer.js';
import { renderMail } from './render-mail.js';
import { createSmtpDelivery } from './smtp-delivery.js';

export type MailerOptions = {
  /** `smtp://` or `smtps://`; without it messages are written as `.eml` files under `dataDir/mail/`. */
  smtpUrl?: string;
  /** The From header, e.g. `Pró-Mata <no-reply@promata.example>`. */
  from: string;
  dataDir: string;
  logger: Logger;
};

/**
 * The platform's mailer: renders the template in the recipient's locale and hands the message to
 * SMTP or to a file. Logs say who got which template, never the body: links carry single-use tokens.
 */
export function createMailer(options: MailerOptions): Mailer {
  const delivery: Delivery = options.smtpUrl
    ? createSmtpDelivery(options.smtpUrl)
    : createFileDelivery(options.dataDir);
  const logger = options.logger.child({ component: 'mailer', transport: delivery.kind });
  // close() waits for sends already under way, so a graceful shutdown does not drop a message.
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;

  async function send(message: MailMessage): Promise<void> {
    const mail = { to: message.to, template: message.template, locale: message.locale };
    try {
      const rendered = renderMail(message);
      const { messageId, file } = await delivery.deliver(
        {
          from: options.from,
          to: message.to,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          ...(message.attachments?.length ? { attachments: message.attachments } : {}),
          // RFC 3834: tells vacation responders and ticket systems not to answer.
          headers: { 'Auto-Submitted': 'auto-generated' },
        },
        message.template,
      );
      logger.info(
        { mail: { ...mail, messageId, ...(file ? { file } : {}) } },
        file ? 'mail written to file' : 'mail sent',
      );
    } catch (error) {
      logger.warn({ mail, err: error }, 'mail not sent');
      throw error;
    }
  }

  return {
    send(message) {
      if (closed) return Promise.reject(new Error('The mailer is closed'));
      const sending = send(message);
      inFlight.add(sending);
      const forget = () => inFlight.delete(sending);
      sending.then(forget, forget);
      return sending;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled(inFlight);
      await delivery.close();
    },
  };
}
