import type { Dashboard } from '@promata/contracts';
import { useId, useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCalendarDate } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { localized } from '../staff-catalogue/localized';
import { formatCount, formatRate } from '../staff-reports/format-figures';
import { occupancySeries, occupancySummary } from './occupancy-series';
import { useConsoleTranslation } from './use-console-translation';

/**
 * Places taken (bars) against capacity (line) per day for the next 30 days, for all active
 * experiences or one. The chart is decoration for sighted readers: its text alternative is the
 * summary sentence and the table of the same numbers below it.
 */
export function OccupancyChart({ occupancy }: { occupancy: Dashboard['occupancy'] }) {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  const headingId = useId();
  const selectId = useId();
  const [experienceId, setExperienceId] = useState('');
  const days = occupancySeries(occupancy, experienceId || undefined);
  const summary = occupancySummary(days);
  const dayLabel = (date: string) => formatCalendarDate(date, language, { day: 'numeric', month: 'short' });
  const data = days.map((day) => ({ ...day, label: dayLabel(day.date) }));

  return (
    <section
      className="dashboard-card dashboard-card--wide"
      aria-labelledby={headingId}
      data-testid="dashboard-occupancy"
    >
      <h2 id={headingId}>{t('dashboard.occupancy.heading')}</h2>
      <p>{t('dashboard.occupancy.intro')}</p>
      {occupancy.length === 0 ? (
        <p>{t('dashboard.occupancy.empty')}</p>
      ) : (
        <>
          <div className="field dashboard-field">
            <label htmlFor={selectId}>{t('dashboard.occupancy.experience')}</label>
            <select id={selectId} value={experienceId} onChange={(event) => setExperienceId(event.target.value)}>
              <option value="">{t('dashboard.occupancy.all')}</option>
              {occupancy.map(({ experience }) => {
                const name = localized(experience.name, language);
                return (
                  <option key={experience.id} value={experience.id} lang={name.lang}>
                    {name.text}
                  </option>
                );
              })}
            </select>
          </div>
          <p data-testid="occupancy-summary">
            {summary.capacity === 0
              ? t('dashboard.occupancy.summaryEmpty')
              : t('dashboard.occupancy.summary', {
                  taken: formatCount(summary.taken, language),
                  capacity: formatCount(summary.capacity, language),
                  rate: formatRate(summary.rate, language),
                  busiest: summary.busiest ? dayLabel(summary.busiest.date) : '–',
                })}
          </p>
          <div className="report-chart" aria-hidden="true" data-testid="occupancy-chart">
            <ResponsiveContainer width="100%" height={260}>
              <ComposedChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" interval="preserveStartEnd" minTickGap={16} />
                <YAxis allowDecimals={false} width={40} />
                <Tooltip />
                <Legend />
                <Bar dataKey="taken" name={t('dashboard.occupancy.taken')} fill="var(--chart-1, #2f6f4f)" />
                <Line
                  dataKey="capacity"
                  name={t('dashboard.occupancy.capacity')}
                  stroke="var(--chart-2, #8a5a00)"
                  dot={false}
                  type="stepAfter"
                />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
          <details className="report-table">
            <summary>{t('dashboard.occupancy.showTable')}</summary>
            <table className="data-table">
              <caption>{t('dashboard.occupancy.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.occupancy.date')}</th>
                  <th scope="col" className="numeric">
                    {t('dashboard.occupancy.taken')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('dashboard.occupancy.capacity')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('dashboard.occupancy.rate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {days.map((day) => (
                  <tr key={day.date}>
                    <th scope="row">{formatCalendarDate(day.date, language, { dateStyle: 'medium' })}</th>
                    <td className="numeric">{formatCount(day.taken, language)}</td>
                    <td className="numeric">{formatCount(day.capacity, language)}</td>
                    <td className="numeric">
                      {formatRate(day.capacity > 0 ? day.taken / day.capacity : null, language)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
