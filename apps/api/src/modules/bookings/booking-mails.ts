import type { BookingStatus, Locale } from '@promata/contracts';
import type { AppContext } from '../../platform/context.js';
import { sendInBackground, type MailAttachment } from '../../platform/mail/mailer.js';
import type { AppliedTransition } from './apply-transition.js';
import { bookingReference } from './booking-reference.js';
import type { WorkflowEffect } from './booking-workflow.js';
import { calendarOf } from './get-booking-calendar.js';

type StaffAlert = 'NEW_BOOKING' | 'PAYMENT_PROOF' | 'CANCELLATION_REQUEST';
type Recipient = { email: string; name: string; locale: Locale };

/** The workflow effects that alert staff, and what the alert says. */
const staffAlertOf: Partial<Record<WorkflowEffect, StaffAlert>> = {
  ALERT_STAFF_PAYMENT_PROOF: 'PAYMENT_PROOF',
  ALERT_STAFF_CANCELLATION_REQUEST: 'CANCELLATION_REQUEST',
};

/**
 * The configured team inbox (ADR 0046): one mail in pt-BR, the team's working language, with no
 * personal greeting. Without it, every active ADMIN and ROOT, each in their own language.
 */
async function staffRecipients({ config, database }: AppContext): Promise<Recipient[]> {
  if (config.STAFF_INBOX_EMAIL) return [{ email: config.STAFF_INBOX_EMAIL, name: '', locale: 'pt-BR' }];
  return database.db
    .selectFrom('users')
    .select(['email', 'name', 'locale'])
    .where('role', 'in', ['ADMIN', 'ROOT'])
    .where('active', '=', true)
    .execute();
}

/**
 * E-mails are sent after the transaction commits and in the background: a booking is never refused
 * or delayed because SMTP is slow, and no mail announces a change that was rolled back.
 * `ownerMessage` is what the owner wrote with the step (a cancellation reason, a note on a proof).
 */
export function notifyStaff(context: AppContext, kind: StaffAlert, bookingId: string, ownerMessage?: string): void {
  const { database, mailer, logger, config } = context;
  void Promise.all([
    database.db
      .selectFrom('bookings as b')
      .innerJoin('users as u', 'u.id', 'b.user_id')
      .select(['u.name', 'u.email'])
      .where('b.id', '=', bookingId)
      .executeTakeFirstOrThrow(),
    staffRecipients(context),
  ])
    .then(([owner, recipients]) => {
      for (const recipient of recipients) {
        sendInBackground(mailer, logger, {
          to: recipient.email,
          locale: recipient.locale,
          template: 'booking-staff-alert',
          data: {
            name: recipient.name,
            kind,
            reference: bookingReference(bookingId),
            ownerName: owner.name,
            ownerEmail: owner.email,
            ...(ownerMessage?.trim() ? { message: ownerMessage } : {}),
            url: `${config.PUBLIC_URL}/staff/bookings/${bookingId}`,
          },
        });
      }
    })
    .catch((error: unknown) => logger.error({ err: error }, 'staff booking alert not sent'));
}

export const notifyStaffOfBooking = (context: AppContext, booking: { id: string }) =>
  notifyStaff(context, 'NEW_BOOKING', booking.id);

/**
 * The owner hears of every transition, in their language. A message is quoted as the team's only
 * when staff wrote it: the owner's own words are never mailed back to them as the team's.
 */
function notifyOwner(
  context: AppContext,
  booking: { id: string; userId: string; status: BookingStatus },
  options: { message: string | undefined; attachCalendar: boolean },
): void {
  const { database, mailer, logger, config } = context;
  const url = `${config.PUBLIC_URL}/bookings/${booking.id}`;
  void database.db
    .selectFrom('users')
    .select(['email', 'name', 'locale', 'anonymised_at'])
    .where('id', '=', booking.userId)
    .executeTakeFirst()
    .then(async (owner) => {
      if (!owner || owner.anonymised_at) return;
      const attachments: MailAttachment[] = options.attachCalendar
        ? [
            {
              filename: `promata-${bookingReference(booking.id).toLowerCase()}.ics`,
              content: await calendarOf(context, booking, owner.locale, new Date(), url),
              contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
            },
          ]
        : [];
      sendInBackground(mailer, logger, {
        attachments,
        to: owner.email,
        locale: owner.locale,
        template: 'booking-updated',
        data: {
          name: owner.name,
          reference: bookingReference(booking.id),
          status: booking.status,
          ...(options.message?.trim() ? { message: options.message } : {}),
          url,
        },
      });
    })
    .catch((error: unknown) => logger.error({ err: error }, 'booking e-mail not sent'));
}

/**
 * The after-commit side of a transition, as its workflow rule says: the owner's mail (with the
 * .ics when the rule attaches it) and the staff alerts the rule names.
 */
export function notifyTransition(
  context: AppContext,
  booking: { id: string; userId: string },
  change: AppliedTransition,
  message: string | undefined,
): void {
  notifyOwner(
    context,
    { ...booking, status: change.to },
    {
      message: change.by === 'STAFF' ? message : undefined,
      attachCalendar: change.effects.includes('ATTACH_CALENDAR'),
    },
  );
  for (const effect of change.effects) {
    const alert = staffAlertOf[effect];
    if (alert) notifyStaff(context, alert, booking.id, change.by === 'OWNER' ? message : undefined);
  }
}
