import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../components/pagination';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSessionStore } from '../../features/auth/session-context';
import { BookingFilters } from '../../features/staff-bookings/booking-filters';
import {
  bookingListParams,
  bookingPageSize,
  hasFilters,
  inboxOrder,
  pageWindow,
  type BookingFilterChange,
} from '../../features/staff-bookings/booking-search';
import { bookingInboxQueryKey, fetchBookingInbox } from '../../features/staff-bookings/bookings-api';
import { BookingsTable } from '../../features/staff-bookings/bookings-table';
import { DeletedBookingNotice } from '../../features/staff-bookings/deleted-booking-notice';
import { StatusTabs } from '../../features/staff-bookings/status-tabs';
import { experienceListParams } from '../../features/staff-catalogue/experience-search';
import { fetchStaffExperiences, staffExperiencesQueryKey } from '../../features/staff-catalogue/experiences-api';
import '../../styles/staff-bookings.css';

const route = getRouteApi('/staff/bookings');

/** How often the inbox looks for new bookings while the tab is visible. */
const refreshMs = 30_000;

/** `/staff/bookings`: every booking, with counts per status, filters and paging in the address. */
export function BookingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staffBookings.inbox.title'));
  const session = useSessionStore();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const params = bookingListParams(search);
  const page = search.page ?? 1;
  const bookings = useQuery({
    queryKey: [...bookingInboxQueryKey, params.toString()],
    queryFn: ({ signal }) => fetchBookingInbox(session, params, { signal }),
    // The table stays while the next search loads, instead of flashing "loading" at each letter.
    placeholderData: keepPreviousData,
    // New bookings arrive while staff work; TanStack Query pauses this while the tab is hidden.
    refetchInterval: refreshMs,
  });
  // The experience filter's choices: the whole catalogue fits in one page of 100.
  const experienceParams = experienceListParams({}, 100);
  const experiences = useQuery({
    queryKey: [...staffExperiencesQueryKey, experienceParams.toString()],
    queryFn: ({ signal }) => fetchStaffExperiences(session, experienceParams, { signal }),
    staleTime: 5 * 60_000,
  });

  const changeFilters = useCallback(
    (change: BookingFilterChange) =>
      void navigate({ search: (previous) => ({ ...previous, ...change, page: undefined }), replace: true }),
    [navigate],
  );

  return (
    <>
      <h1>{t('staffBookings.inbox.heading')}</h1>
      <DeletedBookingNotice />
      <p>{t('staffBookings.inbox.intro')}</p>
      <BookingFilters search={search} experiences={experiences.data?.items ?? []} onChange={changeFilters} />
      <h2 className="staff-results__heading">{t('staffBookings.inbox.caption')}</h2>
      <QueryState query={bookings} errorText={t('staffBookings.inbox.loadError')}>
        {(data) => {
          const { first, last, pages } = pageWindow(data.page, bookingPageSize, data.total);
          return (
            <div className="staff-results" aria-busy={bookings.isFetching}>
              <StatusTabs search={search} counts={data.counts} />
              <p role="status" data-testid="bookings-count">
                {data.items.length === 0
                  ? hasFilters(search) || search.status
                    ? t('staffBookings.inbox.emptyFiltered')
                    : t('staffBookings.inbox.empty')
                  : `${t('staffBookings.inbox.showing', { first, last, total: data.total })} ${t(`staffBookings.inbox.order.${inboxOrder(search)}`)}`}
              </p>
              {data.items.length > 0 && <BookingsTable bookings={data.items} />}
              <Pagination
                page={page}
                pages={pages}
                onPage={(next) =>
                  void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) })
                }
              />
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
