import type { Booking, BookingStatus } from '@promata/contracts';
import type { AppContext } from '../../platform/context.js';
import { sendInBackground, type MailAttachment } from '../../platform/mail/mailer.js';
import { calendarOf } from './get-booking-calendar.js';
import { bookingReference } from './booking-reference.js';

type StaffAlert = 'NEW_BOOKING' | 'PAYMENT_PROOF' | 'CANCELLATION_REQUEST';

/**
 * E-mails are sent after the transaction commits and in the background: a booking is never refused
 * or delayed because SMTP is slow, and no mail announces a change that was rolled back.
 */
export function notifyStaff(
  context: AppContext,
  kind: StaffAlert,
  booking: { id: string; owner: Booking['owner'] },
): void {
  const { database, mailer, logger, config } = context;
  void database.db
    .selectFrom('users')
    .select(['email', 'name', 'locale'])
    .where('role', 'in', ['ADMIN', 'ROOT'])
    .where('active', '=', true)
    .execute()
    .then((staff) => {
      for (const member of staff) {
        sendInBackground(mailer, logger, {
          to: member.email,
          locale: member.locale,
          template: 'booking-staff-alert',
          data: {
            name: member.name,
            kind,
            reference: bookingReference(booking.id),
            ownerName: booking.owner.name,
            ownerEmail: booking.owner.email,
            url: `${config.PUBLIC_URL}/staff/bookings/${booking.id}`,
          },
        });
      }
    })
    .catch((error: unknown) => logger.error({ err: error }, 'staff booking alert not sent'));
}

export const notifyStaffOfBooking = (context: AppContext, booking: Booking) =>
  notifyStaff(context, 'NEW_BOOKING', booking);

/**
 * The owner hears of every transition, in their language, with what staff wrote; the confirmation
 * (APPROVED) carries the booking's .ics so it lands in their calendar.
 */
export function notifyOwner(
  context: AppContext,
  booking: { id: string; userId: string; status: BookingStatus },
  message: string | undefined,
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
      const attachments: MailAttachment[] =
        booking.status === 'APPROVED'
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
          ...(message?.trim() ? { message } : {}),
          url,
        },
      });
    })
    .catch((error: unknown) => logger.error({ err: error }, 'booking e-mail not sent'));
}
