import type { ReportRangeQuery } from '@promata/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { QueryState } from '../../components/query-state';
import { useSessionStore } from '../auth/session-context';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import { fetchReport, reportsQueryKey, type ReportKind, type ReportOf } from './reports-api';

/** One report of the page: its heading and introduction, then loading, error or the report. */
export function ReportSection<Kind extends ReportKind>({
  kind,
  range,
  children,
}: {
  kind: Kind;
  range: ReportRangeQuery;
  children: (report: ReportOf[Kind]) => ReactNode;
}) {
  const { t } = useConsoleTranslation();
  const session = useSessionStore();
  const headingId = useId();
  const report = useQuery({
    queryKey: [...reportsQueryKey, kind, range.from, range.to],
    queryFn: ({ signal }) => fetchReport(session, kind, range, { signal }),
  });
  return (
    <section className="report-section" aria-labelledby={headingId} data-testid={`report-${kind}`}>
      <h2 id={headingId}>{t(`reports.${kind}.heading`)}</h2>
      <p>{t(`reports.${kind}.intro`)}</p>
      <QueryState query={report} errorText={t('reports.loadError')}>
        {(data) => <div aria-busy={report.isFetching}>{children(data)}</div>}
      </QueryState>
    </section>
  );
}

/** The data table behind a chart, folded under a summary: the chart's text alternative. */
export function ReportTable({ caption, children }: { caption: string; children: ReactNode }) {
  const { t } = useConsoleTranslation();
  return (
    <details className="report-table">
      <summary>{t('reports.tableToggle')}</summary>
      <div className="table-scroll" role="region" aria-label={t('reports.tableOf', { name: caption })} tabIndex={0}>
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}
