import type { RevenueReport } from '@promata/contracts';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCalendarMonth } from '../../i18n/format-calendar-date';
import { formatMoney } from '../../i18n/format-money';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import { formatCount } from './format-figures';
import { ReportTable } from './report-section';
import { revenueTotals } from './report-rows';

/** Quoted against approved payments per month, in reais formatted for the reader. */
export function RevenueReportView({ report }: { report: RevenueReport }) {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  const totals = revenueTotals(report);
  const money = (cents: number) => formatMoney(cents, language);
  const data = report.rows.map((row) => ({ ...row, label: formatCalendarMonth(row.month, language) }));
  return (
    <>
      <p data-testid="revenue-summary">
        {t('reports.revenue.summary', { quoted: money(totals.quotedCents), approved: money(totals.approvedCents) })}
      </p>
      <div className="report-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis width={88} tickFormatter={(cents: number) => money(cents)} />
            <Tooltip formatter={(cents) => money(Number(cents))} />
            <Legend />
            <Bar dataKey="quotedCents" name={t('reports.revenue.quoted')} fill="var(--chart-3)" />
            <Bar dataKey="approvedCents" name={t('reports.revenue.approved')} fill="var(--chart-1)" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ReportTable caption={t('reports.revenue.heading')}>
        <thead>
          <tr>
            <th scope="col">{t('reports.month')}</th>
            <th scope="col" className="numeric">
              {t('reports.revenue.quoted')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.revenue.quotedBookings')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.revenue.approved')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.revenue.approvedBookings')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.month}>
              <th scope="row">{formatCalendarMonth(row.month, language)}</th>
              <td className="numeric">{money(row.quotedCents)}</td>
              <td className="numeric">{formatCount(row.quotedBookings, language)}</td>
              <td className="numeric">{money(row.approvedCents)}</td>
              <td className="numeric">{formatCount(row.approvedBookings, language)}</td>
            </tr>
          ))}
        </tbody>
      </ReportTable>
    </>
  );
}
