import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarRange } from '../../i18n/format-calendar-date';
import { formatDate } from '../../i18n/format-date-time';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { localized } from '../staff-catalogue/localized';
import { bookingReference } from './booking-status';
import type { BookingSummary } from './bookings-api';
import { StatusPill } from './status-pill';
import { bookingStayCategory } from '../bookings/stay-label';
import { visitDays } from './visit-dates';

/**
 * One page of the inbox as a real table (row headers, column headers), inside a focusable scroll
 * area so that on a phone the table scrolls sideways instead of the page. The reference is the
 * row's link: Tab goes from booking to booking, Enter opens one.
 */
export function BookingsTable({ bookings }: { bookings: readonly BookingSummary[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" data-testid="bookings-table">
        <caption id={captionId} className="visually-hidden">
          {t('staffBookings.inbox.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('staffBookings.inbox.columns.reference')}</th>
            <th scope="col">{t('staffBookings.inbox.columns.visitor')}</th>
            <th scope="col">{t('staffBookings.inbox.columns.experiences')}</th>
            <th scope="col">{t('staffBookings.inbox.columns.dates')}</th>
            <th scope="col">{t('staffBookings.inbox.columns.people')}</th>
            <th scope="col">{t('staffBookings.inbox.columns.total')}</th>
            <th scope="col">{t('staffBookings.inbox.columns.status')}</th>
            <th scope="col">{t('staffBookings.inbox.columns.createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {bookings.map((booking) => (
            <BookingRow key={booking.id} booking={booking} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BookingRow({ booking }: { booking: BookingSummary }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const reference = bookingReference(booking.id);
  const { first, last } = visitDays(booking.startDate, booking.endDate, bookingStayCategory(booking.experiences));
  return (
    <tr data-testid="booking-row" data-booking-id={booking.id}>
      <th scope="row">
        <Link
          to="/staff/bookings/$bookingId"
          params={{ bookingId: booking.id }}
          className="booking-reference"
          // The visible reference first, then whose booking (WCAG 2.5.3).
          aria-label={t('staffBookings.inbox.open', { reference, name: booking.owner.name })}
        >
          {reference}
        </Link>
      </th>
      <td className="data-table__email">
        {booking.owner.name}
        <span className="cell-note">{booking.owner.email}</span>
      </td>
      <td>
        <ul className="cell-list">
          {booking.experiences.map((experience) => {
            const name = localized(experience.name, language);
            return (
              <li key={experience.id} lang={name.lang === language ? undefined : name.lang}>
                {name.text}
              </li>
            );
          })}
        </ul>
      </td>
      <td>{booking.startDate ? formatCalendarRange(first, last, language) : '—'}</td>
      <td>{new Intl.NumberFormat(language).format(booking.people)}</td>
      <td className="data-table__number">{formatMoney(booking.totalCents, language)}</td>
      <td>
        <StatusPill status={booking.status} />
      </td>
      <td>
        <time dateTime={booking.createdAt}>{formatDate(booking.createdAt, language)}</time>
      </td>
    </tr>
  );
}
