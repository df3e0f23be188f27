import type { BookingStatus } from '@promata/contracts';
import type { ReceivedMail, SmtpSink } from '../../../../test-support/smtp-sink.js';
import { bookingReference } from '../../../api/src/modules/bookings/booking-reference.js';
import { bookingStatusNames } from '../../../api/src/platform/mail/templates/booking-status-names.js';

// The booking e-mails a browser test waits for, matched on what identifies them (recipient, the
// booking's reference and link, the status named in the subject) rather than on their prose,
// which other work may reword.

export type MailLocale = 'pt-BR' | 'en';

const otherLocale = (locale: MailLocale): MailLocale => (locale === 'en' ? 'pt-BR' : 'en');

/**
 * The owner's mail about one transition, in `locale`: the subject names the new status in that
 * language (and not in the other), and the mail links to the booking's page.
 */
export function waitForOwnerMail(
  sink: SmtpSink,
  owner: { email: string; locale: MailLocale },
  bookingId: string,
  status: BookingStatus,
  timeoutMs = 10_000,
): Promise<ReceivedMail> {
  const reference = bookingReference(bookingId);
  const name = bookingStatusNames[owner.locale][status];
  const foreign = bookingStatusNames[otherLocale(owner.locale)][status];
  return sink.waitFor(
    (mail) =>
      mail.to.includes(owner.email) &&
      mail.subject.includes(reference) &&
      mail.subject.includes(name) &&
      !mail.subject.includes(foreign) &&
      mail.links.some((link) => link.endsWith(`/bookings/${bookingId}`)),
    timeoutMs,
  );
}

/** The staff alerts' subjects as they read today, in either language (the staff member's). */
const staffAlertSubjects = {
  NEW_BOOKING: ['Nova reserva', 'New booking'],
  PAYMENT_PROOF: ['Comprovante de pagamento recebido', 'Payment proof received'],
} as const;

/** The alert to `staffEmail` that a booking needs the team, linking to its staff page. */
export function waitForStaffAlert(
  sink: SmtpSink,
  staffEmail: string,
  bookingId: string,
  kind: keyof typeof staffAlertSubjects,
  timeoutMs = 10_000,
): Promise<ReceivedMail> {
  const reference = bookingReference(bookingId);
  return sink.waitFor(
    (mail) =>
      mail.to.includes(staffEmail.toLowerCase()) &&
      mail.subject.includes(reference) &&
      staffAlertSubjects[kind].some((subject) => mail.subject.startsWith(subject)) &&
      mail.links.some((link) => link.endsWith(`/staff/bookings/${bookingId}`)),
    timeoutMs,
  );
}
