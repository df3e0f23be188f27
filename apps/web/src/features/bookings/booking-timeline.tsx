import type { z } from 'zod';
import type { bookingTimelineEntrySchema } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date-time';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { pickText } from '../catalogue/localized-text';

type TimelineEntry = z.output<typeof bookingTimelineEntrySchema>;

/** The booking's history, oldest first: who moved it, from which status to which, and why. */
export function BookingTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (
    <ol className="booking-timeline" data-testid="booking-timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="booking-timeline__entry" data-testid="timeline-entry" data-event={entry.event}>
          <p className="booking-timeline__what">
            <strong>{t(`bookings.events.${entry.event}`)}</strong>
            {' · '}
            {/* A price adjustment keeps the status: what changed is the price of one item. */}
            {entry.priceAdjustment
              ? t('bookings.timeline.priceChange', {
                  name: pickText(entry.priceAdjustment.experienceName, language)?.text ?? '',
                  from: formatMoney(entry.priceAdjustment.fromTotalCents, language),
                  to: formatMoney(entry.priceAdjustment.toTotalCents, language),
                })
              : entry.fromStatus
                ? t('bookings.timeline.change', {
                    from: t(`bookings.statuses.${entry.fromStatus}`),
                    to: t(`bookings.statuses.${entry.toStatus}`),
                  })
                : t(`bookings.statuses.${entry.toStatus}`)}
          </p>
          <p className="booking-timeline__who">
            {t(`bookings.timeline.actors.${entry.actorRole}`, { name: entry.actor?.name ?? '' })} ·{' '}
            <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, language)}</time>
          </p>
          {entry.message && <blockquote className="booking-timeline__message">{entry.message}</blockquote>}
        </li>
      ))}
    </ol>
  );
}
