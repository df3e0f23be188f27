import type { AppContext } from '../../platform/context.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { bookingReference } from './booking-reference.js';

export type PriceAdjustmentNotice = {
  bookingId: string;
  ownerId: string;
  experienceName: { pt: string; en: string | null };
  fromTotalCents: number;
  toTotalCents: number;
  bookingTotalCents: number;
  reason: string;
};

/**
 * The owner hears of a new price in their language, after the commit and in the background like
 * the transition mails: an SMTP hiccup never undoes or delays the adjustment, and no mail tells
 * of one that was rolled back. Anonymised owners get nothing.
 */
export function notifyPriceAdjusted(context: AppContext, notice: PriceAdjustmentNotice): void {
  const { database, mailer, logger, config } = context;
  void database.db
    .selectFrom('users')
    .select(['email', 'name', 'locale', 'anonymised_at'])
    .where('id', '=', notice.ownerId)
    .executeTakeFirst()
    .then((owner) => {
      if (!owner || owner.anonymised_at) return;
      sendInBackground(mailer, logger, {
        to: owner.email,
        locale: owner.locale,
        template: 'booking-price-adjusted',
        data: {
          name: owner.name,
          reference: bookingReference(notice.bookingId),
          experienceName: notice.experienceName,
          fromTotalCents: notice.fromTotalCents,
          toTotalCents: notice.toTotalCents,
          bookingTotalCents: notice.bookingTotalCents,
          reason: notice.reason,
          url: `${config.PUBLIC_URL}/bookings/${notice.bookingId}`,
        },
      });
    })
    .catch((error: unknown) => logger.error({ err: error }, 'price adjustment e-mail not sent'));
}
