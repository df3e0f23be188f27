import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../components/pagination';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSessionStore } from '../../features/auth/session-context';
import { myBookingsQuery } from '../../features/bookings/booking-queries';
import { BookingStatusBadge } from '../../features/bookings/booking-status-badge';
import { bookingStayCategory, stayLabel } from '../../features/bookings/stay-label';
import { pickText } from '../../features/catalogue/localized-text';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import '../../styles/bookings.css';

/** `/bookings`: the signed-in user's bookings, newest first, each a link to its page. */
export function MyBookingsPage() {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const [page, setPage] = useState(1);
  const bookings = useQuery({ ...myBookingsQuery(session, page), placeholderData: keepPreviousData });
  useDocumentTitle(t('bookings.mine.title'));

  return (
    <div className="container booking-page">
      <h1>{t('bookings.mine.heading')}</h1>
      <QueryState query={bookings} errorText={t('bookings.mine.loadError')}>
        {(result) =>
          result.items.length === 0 ? (
            <div data-testid="bookings-empty">
              <p>{t('bookings.mine.empty')}</p>
              <p>
                <Link to="/experiences" className="button">
                  {t('bookings.cart.browse')}
                </Link>
              </p>
            </div>
          ) : (
            <>
              <ul className="booking-list">
                {result.items.map((booking) => (
                  <li key={booking.id} className="booking-card" data-testid="booking-card">
                    <h2 className="booking-card__heading">
                      <Link to="/bookings/$bookingId" params={{ bookingId: booking.id }}>
                        {booking.experiences
                          .map((experience) => pickText(experience.name, language)?.text ?? '')
                          .join(', ')}
                      </Link>
                    </h2>
                    <BookingStatusBadge status={booking.status} />
                    <p>{stayLabel(t, language, { category: bookingStayCategory(booking.experiences), ...booking })}</p>
                    <p>
                      {t('bookings.mine.people', { count: booking.people })} ·{' '}
                      {formatMoney(booking.totalCents, language)}
                    </p>
                  </li>
                ))}
              </ul>
              <Pagination page={result.page} pages={Math.ceil(result.total / result.pageSize)} onPage={setPage} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
