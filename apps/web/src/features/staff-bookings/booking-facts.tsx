import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date-time';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import type { Booking } from './bookings-api';
import { StatusPill } from './status-pill';

/** The booking at a glance: status, who booked, when, the deadline, the total and their notes. */
export function BookingFacts({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (
    <dl className="facts" data-testid="booking-facts">
      <div className="facts__item">
        <dt>{t('staffBookings.detail.facts.status')}</dt>
        <dd data-testid="booking-status">
          <StatusPill status={booking.status} />
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('staffBookings.detail.facts.visitor')}</dt>
        <dd>
          {booking.owner.name}
          <span className="cell-note">
            <a href={`mailto:${booking.owner.email}`}>{booking.owner.email}</a>
          </span>
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('staffBookings.detail.facts.total')}</dt>
        <dd>{formatMoney(booking.totalCents, language)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('staffBookings.detail.facts.createdAt')}</dt>
        <dd>
          <time dateTime={booking.createdAt}>{formatDateTime(booking.createdAt, language)}</time>
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('staffBookings.detail.facts.updatedAt')}</dt>
        <dd>
          <time dateTime={booking.updatedAt}>{formatDateTime(booking.updatedAt, language)}</time>
        </dd>
      </div>
      {booking.paymentDeadline && (
        <div className="facts__item">
          <dt>{t('staffBookings.detail.facts.paymentDeadline')}</dt>
          <dd>
            <time dateTime={booking.paymentDeadline}>{formatDateTime(booking.paymentDeadline, language)}</time>
          </dd>
        </div>
      )}
      {booking.notes && (
        <div className="facts__item facts__item--wide">
          <dt>{t('staffBookings.detail.facts.notes')}</dt>
          <dd className="booking-notes">{booking.notes}</dd>
        </div>
      )}
    </dl>
  );
}
