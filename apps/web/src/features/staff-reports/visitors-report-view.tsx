import type { VisitorsReport } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCalendarMonth } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import { formatCount } from './format-figures';
import { ReportTable } from './report-section';
import { visitedCategories, visitorsByMonth } from './report-rows';

const colours = {
  TRAIL: 'var(--chart-1)',
  HOSTING: 'var(--chart-2)',
  LABORATORY: 'var(--chart-3)',
  EVENT: 'var(--chart-4)',
} as const;

/** People per category stacked per month (chart), and the same numbers with totals (table). */
export function VisitorsReportView({ report }: { report: VisitorsReport }) {
  const { t } = useConsoleTranslation();
  const { t: tApp } = useTranslation();
  const language = useCurrentLanguage();
  const months = visitorsByMonth(report);
  if (months.length === 0) return <p>{t('reports.visitors.empty')}</p>;
  const categories = visitedCategories(months);
  const total = months.reduce((sum, month) => sum + month.total, 0);
  const data = months.map((month) => ({ ...month, label: formatCalendarMonth(month.month, language) }));
  return (
    <>
      <p>{t('reports.visitors.summary', { total: formatCount(total, language) })}</p>
      <div className="report-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <BarChart data={data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} width={48} />
            <Tooltip />
            <Legend />
            {categories.map((category) => (
              <Bar
                key={category}
                dataKey={category}
                stackId="visitors"
                name={tApp(`catalogue.categories.${category}`)}
                fill={colours[category]}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ReportTable caption={t('reports.visitors.heading')}>
        <thead>
          <tr>
            <th scope="col">{t('reports.month')}</th>
            {categories.map((category) => (
              <th key={category} scope="col" className="numeric">
                {tApp(`catalogue.categories.${category}`)}
              </th>
            ))}
            <th scope="col" className="numeric">
              {t('reports.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.month}>
              <th scope="row">{formatCalendarMonth(month.month, language)}</th>
              {categories.map((category) => (
                <td key={category} className="numeric">
                  {formatCount(month[category], language)}
                </td>
              ))}
              <td className="numeric">{formatCount(month.total, language)}</td>
            </tr>
          ))}
        </tbody>
      </ReportTable>
    </>
  );
}
