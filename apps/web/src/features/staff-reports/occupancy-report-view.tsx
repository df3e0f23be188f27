import type { OccupancyReport } from '@promata/contracts';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCalendarMonth } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { localized } from '../staff-catalogue/localized';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import { formatCount, formatRate } from './format-figures';
import { ReportTable } from './report-section';
import { occupancyByMonth, occupancyTotals } from './report-rows';

/** Place-days offered and taken per month (chart), per experience and month (table). */
export function OccupancyReportView({ report }: { report: OccupancyReport }) {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  if (report.rows.length === 0) return <p>{t('reports.occupancy.empty')}</p>;
  const totals = occupancyTotals(report);
  const months = occupancyByMonth(report).map((month) => ({
    ...month,
    label: formatCalendarMonth(month.month, language),
  }));
  return (
    <>
      <p data-testid="occupancy-report-summary">
        {t('reports.occupancy.summary', {
          taken: formatCount(totals.taken, language),
          capacity: formatCount(totals.capacity, language),
          rate: formatRate(totals.rate, language),
        })}
      </p>
      <div className="report-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={months} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis width={56} tickFormatter={(value: number) => formatCount(value, language)} />
            <Tooltip formatter={(value) => formatCount(Number(value), language)} />
            <Legend />
            <Bar dataKey="capacity" name={t('reports.occupancy.capacity')} fill="var(--chart-3)" />
            <Bar dataKey="taken" name={t('reports.occupancy.taken')} fill="var(--chart-1)" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ReportTable caption={t('reports.occupancy.heading')}>
        <thead>
          <tr>
            <th scope="col">{t('reports.occupancy.experience')}</th>
            <th scope="col">{t('reports.month')}</th>
            <th scope="col" className="numeric">
              {t('reports.occupancy.capacity')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.occupancy.taken')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.occupancy.rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => {
            const name = localized(row.name, language);
            return (
              <tr key={`${row.experienceId}-${row.month}`}>
                <th scope="row" lang={name.lang}>
                  {name.text}
                </th>
                <td>{formatCalendarMonth(row.month, language)}</td>
                <td className="numeric">{formatCount(row.capacity, language)}</td>
                <td className="numeric">{formatCount(row.taken, language)}</td>
                <td className="numeric">
                  {row.rate === null ? t('reports.occupancy.notOffered') : formatRate(row.rate, language)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ReportTable>
    </>
  );
}
