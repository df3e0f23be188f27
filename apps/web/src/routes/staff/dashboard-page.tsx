import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSessionStore } from '../../features/auth/session-context';
import { ArrivalsTable } from '../../features/staff-dashboard/arrivals-table';
import { dashboardQueryKey, fetchDashboard } from '../../features/staff-dashboard/dashboard-api';
import { OccupancyChart } from '../../features/staff-dashboard/occupancy-chart';
import { ProfessorRequestsCard } from '../../features/staff-dashboard/professor-requests-card';
import { useConsoleTranslation } from '../../features/staff-dashboard/use-console-translation';
import { WaitingBookings } from '../../features/staff-dashboard/waiting-bookings';
import { formatCalendarDate, formatCalendarRange } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import '../../features/staff-dashboard/staff-console.css';

/** How often the dashboard refreshes while the tab is visible: bookings arrive all day. */
const refreshMs = 60_000;

/** `/staff`: arrivals, bookings waiting on staff, 30 days of occupancy and the professor queue. */
export function DashboardPage() {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  useDocumentTitle(t('dashboard.title'));
  const session = useSessionStore();
  const dashboard = useQuery({
    queryKey: dashboardQueryKey,
    queryFn: ({ signal }) => fetchDashboard(session, { signal }),
    refetchInterval: refreshMs,
  });

  return (
    <div className="staff-console">
      <h1>{t('dashboard.heading')}</h1>
      <p>{t('dashboard.intro')}</p>
      <QueryState query={dashboard} errorText={t('dashboard.loadError')}>
        {(data) => (
          <div className="dashboard-grid" data-testid="dashboard" aria-busy={dashboard.isFetching}>
            <ArrivalsTable
              testId="arrivals-today"
              heading={t('dashboard.arrivals.today', { date: formatCalendarDate(data.today, language) })}
              empty={t('dashboard.arrivals.emptyToday')}
              arrivals={data.arrivals.today}
            />
            <ArrivalsTable
              testId="arrivals-week"
              heading={t('dashboard.arrivals.week', {
                range: formatCalendarRange(data.weekStart, data.weekEnd, language),
              })}
              empty={t('dashboard.arrivals.emptyWeek')}
              arrivals={data.arrivals.week}
            />
            <ProfessorRequestsCard requests={data.professorRequests} />
            <WaitingBookings waiting={data.waiting} />
            <OccupancyChart occupancy={data.occupancy} />
          </div>
        )}
      </QueryState>
    </div>
  );
}
