import type { Dashboard } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { formatCalendarDate } from '../../i18n/format-calendar-date';
import { formatDateTime } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { formatCount } from '../staff-reports/format-figures';
import { bookingReference } from '../staff-bookings/booking-status';
import { StatusPill } from '../staff-bookings/status-pill';
import { waitingAge } from './occupancy-series';
import { useConsoleTranslation } from './use-console-translation';

/** Counts per waiting state (each a link to the inbox filtered by it) and the oldest bookings. */
export function WaitingBookings({ waiting }: { waiting: Dashboard['waiting'] }) {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  const headingId = useId();
  const total = waiting.counts.reduce((sum, row) => sum + row.count, 0);
  return (
    <section
      className="dashboard-card dashboard-card--wide"
      aria-labelledby={headingId}
      data-testid="dashboard-waiting"
    >
      <h2 id={headingId}>{t('dashboard.waiting.heading')}</h2>
      <h3 className="visually-hidden">{t('dashboard.waiting.counts')}</h3>
      <ul className="dashboard-counts">
        {waiting.counts.map(({ status, count }) => (
          <li key={status}>
            <Link to="/staff/bookings" search={{ status }} data-testid={`waiting-count-${status}`}>
              <StatusPill status={status} /> <strong>{formatCount(count, language)}</strong>
            </Link>
          </li>
        ))}
      </ul>
      {total === 0 ? (
        <p>{t('dashboard.waiting.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('dashboard.waiting.oldest')} tabIndex={0}>
          <table className="data-table">
            <caption className="dashboard-caption">{t('dashboard.waiting.oldest')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.waiting.booking')}</th>
                <th scope="col">{t('dashboard.waiting.visitor')}</th>
                <th scope="col">{t('dashboard.waiting.status')}</th>
                <th scope="col">{t('dashboard.waiting.startDate')}</th>
                <th scope="col">{t('dashboard.waiting.since')}</th>
                <th scope="col">{t('dashboard.waiting.age')}</th>
              </tr>
            </thead>
            <tbody>
              {waiting.oldest.map((booking) => {
                const age = waitingAge(booking.ageHours);
                return (
                  <tr key={booking.id} data-testid="waiting-row">
                    <th scope="row">
                      <Link to="/staff/bookings/$bookingId" params={{ bookingId: booking.id }}>
                        {bookingReference(booking.id)}
                      </Link>
                    </th>
                    <td>{booking.ownerName}</td>
                    <td>
                      <StatusPill status={booking.status} />
                    </td>
                    <td>
                      {booking.startDate
                        ? formatCalendarDate(booking.startDate, language, { dateStyle: 'medium' })
                        : t('dashboard.waiting.noDate')}
                    </td>
                    <td>
                      <time dateTime={booking.waitingSince}>{formatDateTime(booking.waitingSince, language)}</time>
                    </td>
                    <td>{t(`dashboard.waiting.${age.unit}`, { count: age.count })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to="/staff/bookings">{t('dashboard.waiting.openInbox')}</Link>
      </p>
    </section>
  );
}
