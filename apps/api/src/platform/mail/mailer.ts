import type { BookingStatus, Locale, Role } from '@promata/contracts';

/**
 * Every e-mail the platform sends, with the data its template needs. Templates exist in pt-BR and
 * en (HTML and text); the recipient's locale picks one.
 */
export type MailTemplate =
  | { template: 'verify-email'; data: { name: string; url: string } }
  | { template: 'reset-password'; data: { name: string; url: string } }
  | { template: 'invitation'; data: { name: string; url: string; role: Role } }
  /** Someone tried to sign up with an address that already has an account (no enumeration). */
  | { template: 'sign-up-existing-account'; data: { name: string; loginUrl: string; resetUrl: string } }
  | { template: 'password-changed'; data: { name: string } }
  | {
      template: 'professor-request-received';
      data: { name: string; applicantName: string; applicantEmail: string; url: string };
    }
  | { template: 'professor-approved'; data: { name: string; message?: string } }
  | { template: 'professor-rejected'; data: { name: string; message?: string } }
  | { template: 'account-deleted'; data: { name: string } }
  | {
      template: 'booking-updated';
      data: { name: string; reference: string; status: BookingStatus; message?: string; url: string };
    }
  | { template: 'booking-reminder'; data: { name: string; reference: string; startDate: string; url: string } }
  | {
      template: 'booking-price-adjusted';
      data: {
        name: string;
        reference: string;
        experienceName: { pt: string; en: string | null };
        fromTotalCents: number;
        toTotalCents: number;
        bookingTotalCents: number;
        reason: string;
        url: string;
      };
    }
  | {
      template: 'booking-staff-alert';
      data: {
        name: string;
        kind: 'NEW_BOOKING' | 'PAYMENT_PROOF' | 'CANCELLATION_REQUEST';
        reference: string;
        ownerName: string;
        ownerEmail: string;
        /** What the owner wrote with the step (a cancellation reason, a note on a proof). */
        message?: string;
        url: string;
      };
    };

/** A file sent with a message (e.g. the booking's .ics); small and generated, never user uploads. */
export type MailAttachment = { filename: string; content: string; contentType: string };

export type MailMessage = MailTemplate & { to: string; locale: Locale; attachments?: MailAttachment[] };

export type Mailer = {
  /** Renders and delivers one message; rejects when the transport refuses it. */
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
};

/**
 * Sends without making the request wait: the answer must not depend on (or reveal, by its timing)
 * whether a message was sent, and an SMTP hiccup must not fail a sign-up. Failures are logged.
 */
export function sendInBackground(
  mailer: Mailer,
  logger: { error: (obj: object, msg: string) => void },
  message: MailMessage,
): void {
  mailer.send(message).catch((error: unknown) => {
    logger.error({ err: error, template: message.template }, 'e-mail could not be sent');
  });
}
