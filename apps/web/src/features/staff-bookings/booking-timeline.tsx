import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date-time';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { localized } from '../staff-catalogue/localized';
import type { Booking, BookingTimelineEntry } from './bookings-api';

/**
 * The history as a conversation, oldest first: the visitor's steps on one side, staff's on the
 * other, the system's in the middle, each with who, when, what changed and the message sent.
 */
export function BookingTimeline({
  entries,
  documents,
}: {
  entries: readonly BookingTimelineEntry[];
  documents: Booking['documents'];
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p>{t('staffBookings.detail.timeline.empty')}</p>;
  return (
    <ol className="timeline" data-testid="booking-timeline">
      {entries.map((entry) => (
        <TimelineEntry key={entry.id} entry={entry} documents={documents} />
      ))}
    </ol>
  );
}

const sides = { OWNER: 'visitor', STAFF: 'staff', SYSTEM: 'system' } as const;

function TimelineEntry({ entry, documents }: { entry: BookingTimelineEntry; documents: Booking['documents'] }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const side = sides[entry.actorRole];
  const role = t(`staffBookings.detail.timeline.${side}`);
  const attachment = entry.documentId ? documents.find((document) => document.id === entry.documentId) : undefined;
  return (
    <li className={`timeline__entry timeline__entry--${side}`} data-testid="timeline-entry" data-event={entry.event}>
      <p className="timeline__meta">
        <span className="timeline__who">{entry.actor ? `${entry.actor.name} · ${role}` : role}</span>{' '}
        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, language)}</time>
      </p>
      <p className="timeline__event">
        <strong>{t(`staffBookings.detail.timeline.events.${entry.event}`)}</strong>
        {entry.fromStatus && entry.fromStatus !== entry.toStatus && (
          <span className="cell-note">
            {t('staffBookings.detail.timeline.change', {
              from: t(`staffBookings.statuses.${entry.fromStatus}`),
              to: t(`staffBookings.statuses.${entry.toStatus}`),
            })}
          </span>
        )}
      </p>
      {entry.priceAdjustment && (
        <p className="cell-note" data-testid="timeline-price">
          {t('staffBookings.detail.timeline.priceChange', {
            name: localized(entry.priceAdjustment.experienceName, language).text,
            from: formatMoney(entry.priceAdjustment.fromTotalCents, language),
            to: formatMoney(entry.priceAdjustment.toTotalCents, language),
          })}
        </p>
      )}
      {entry.message && (
        <p className="timeline__message" data-testid="timeline-message">
          {entry.message}
        </p>
      )}
      {entry.documentId && (
        <p className="cell-note">
          {t('staffBookings.detail.timeline.attachment', {
            name:
              attachment?.originalName ??
              t(`staffBookings.detail.documents.kinds.${attachment?.kind ?? 'BOOKING_DOCUMENT'}`),
          })}
        </p>
      )}
    </li>
  );
}
