import nodemailer from 'nodemailer';
import type { Delivery } from './delivery.js';

/**
 * Pooled SMTP from `SMTP_URL`. `smtps://` speaks TLS from the first byte (port 465 by default);
 * `smtp://` upgrades with STARTTLS whenever the server offers it (port 587 by default). nodemailer
 * options in the URL's query string win over the defaults below, so an operator can write
 * `?requireTLS=true` (refuse to send unencrypted) or `?maxConnections=10` without a code change.
 */
export function createSmtpDelivery(smtpUrl: string): Delivery {
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    // A few reused connections keep bursts (a staff broadcast, a batch of expiries) cheap without
    // hitting the per-client connection limits of hosted relays.
    maxConnections: 3,
    maxMessages: 100,
    // A stuck server must fail the send within seconds, not hold a request for nodemailer's minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    dnsTimeout: 10_000,
    socketTimeout: 30_000,
  });

  return {
    kind: 'smtp',
    async deliver(message) {
      const info = await transporter.sendMail(message);
      return { messageId: info.messageId };
    },
    async close() {
      transporter.close();
    },
  };
}
