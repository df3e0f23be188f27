import type { BookingStatus } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { inboxStatuses } from './booking-status';
import { countAll, type BookingSearch } from './booking-search';

/**
 * The statuses with how many bookings each holds under the other filters, as links that keep
 * those filters: real links, so they work with the keyboard, open in a new tab and go in the
 * history. `aria-current` marks the one on show. Statuses with no booking are left out.
 */
export function StatusTabs({
  search,
  counts,
}: {
  search: BookingSearch;
  counts: Partial<Record<BookingStatus, number>>;
}) {
  const { t } = useTranslation();
  const shown = inboxStatuses.filter((status) => (counts[status] ?? 0) > 0 || status === search.status);
  const tab = (status: BookingStatus | undefined, label: string, count: number) => (
    <li key={status ?? 'all'}>
      <Link
        to="/staff/bookings"
        search={{ ...search, status, page: undefined }}
        className="status-tabs__link"
        aria-current={search.status === status ? 'page' : undefined}
        data-testid="status-tab"
        // Not `data-status`: the router's Link sets that one itself (to "active").
        data-tab={status ?? 'ALL'}
      >
        {t('staffBookings.inbox.tab', { label, count })}
      </Link>
    </li>
  );
  return (
    <nav className="status-tabs" aria-label={t('staffBookings.inbox.tabsLabel')}>
      <ul>
        {tab(undefined, t('staffBookings.inbox.all'), countAll(counts))}
        {shown.map((status) => tab(status, t(`staffBookings.statuses.${status}`), counts[status] ?? 0))}
      </ul>
    </nav>
  );
}
