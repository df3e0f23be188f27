import { getRouteApi } from '@tanstack/react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { useConsoleTranslation } from '../../features/staff-dashboard/use-console-translation';
import { CsvDownloadButton } from '../../features/staff-reports/csv-download-button';
import { DemographicsReportView } from '../../features/staff-reports/demographics-report-view';
import { OccupancyReportView } from '../../features/staff-reports/occupancy-report-view';
import { RangeForm } from '../../features/staff-reports/range-form';
import { effectiveRange } from '../../features/staff-reports/report-range';
import { ReportSection } from '../../features/staff-reports/report-section';
import { RevenueReportView } from '../../features/staff-reports/revenue-report-view';
import { VisitorsReportView } from '../../features/staff-reports/visitors-report-view';
import { formatCalendarRange } from '../../i18n/format-calendar-date';
import { reserveTimeZone } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { todayIn } from '../../lib/calendar-date';
import '../../features/staff-dashboard/staff-console.css';

const route = getRouteApi('/staff/reports');

/** `/staff/reports`: the four reports of a range (in the address), as charts with their data tables, and the CSV export. */
export function ReportsPage() {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  useDocumentTitle(t('reports.title'));
  const navigate = route.useNavigate();
  const range = effectiveRange(route.useSearch(), todayIn(reserveTimeZone));

  return (
    <div className="staff-console">
      <h1>{t('reports.heading')}</h1>
      <p>{t('reports.intro')}</p>
      <RangeForm
        key={`${range.from}/${range.to}`}
        range={range}
        onSubmit={(next) => void navigate({ search: next, replace: false })}
      />
      <p role="status" data-testid="report-period">
        {t('reports.range.showing', { range: formatCalendarRange(range.from, range.to, language) })}
      </p>
      <CsvDownloadButton range={range} />
      <ReportSection kind="occupancy" range={range}>
        {(report) => <OccupancyReportView report={report} />}
      </ReportSection>
      <ReportSection kind="visitors" range={range}>
        {(report) => <VisitorsReportView report={report} />}
      </ReportSection>
      <ReportSection kind="demographics" range={range}>
        {(report) => <DemographicsReportView report={report} />}
      </ReportSection>
      <ReportSection kind="revenue" range={range}>
        {(report) => <RevenueReportView report={report} />}
      </ReportSection>
    </div>
  );
}
