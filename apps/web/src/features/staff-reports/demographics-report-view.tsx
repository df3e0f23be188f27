import type { DemographicsReport } from '@promata/contracts';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import { formatCount, formatRate } from './format-figures';
import { ReportTable } from './report-section';
import { shareOf } from './report-rows';

type Slice = { key: string; label: string; count: number };

/** Three breakdowns of the same participants: gender, age band, Brazilian or foreign. */
export function DemographicsReportView({ report }: { report: DemographicsReport }) {
  const { t } = useConsoleTranslation();
  if (report.total === 0) return <p>{t('reports.demographics.empty')}</p>;
  const breakdowns: { title: string; slices: Slice[] }[] = [
    {
      title: t('reports.demographics.gender'),
      slices: report.gender.map(({ gender, count }) => ({
        key: gender,
        label: t(`reports.demographics.genders.${gender}`),
        count,
      })),
    },
    {
      title: t('reports.demographics.ageBand'),
      slices: report.ageBand.map(({ band, count }) => ({
        key: band,
        label: t(`reports.demographics.bands.${band}`),
        count,
      })),
    },
    {
      title: t('reports.demographics.nationality'),
      slices: report.nationality.map(({ nationality, count }) => ({
        key: nationality,
        label: t(`reports.demographics.nationalities.${nationality}`),
        count,
      })),
    },
  ];
  return (
    <>
      <p>{t('reports.demographics.summary', { total: report.total })}</p>
      <div className="dashboard-grid">
        {breakdowns.map((breakdown) => (
          <Breakdown key={breakdown.title} title={breakdown.title} slices={breakdown.slices} total={report.total} />
        ))}
      </div>
    </>
  );
}

function Breakdown({ title, slices, total }: { title: string; slices: Slice[]; total: number }) {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  const headingId = useId();
  return (
    <div className="dashboard-card" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <div className="report-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={slices} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={140} />
            <Tooltip />
            <Bar dataKey="count" name={t('reports.demographics.count')} fill="var(--chart-1)" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ReportTable caption={title}>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            <th scope="col" className="numeric">
              {t('reports.demographics.count')}
            </th>
            <th scope="col" className="numeric">
              {t('reports.demographics.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {slices.map((slice) => (
            <tr key={slice.key}>
              <th scope="row">{slice.label}</th>
              <td className="numeric">{formatCount(slice.count, language)}</td>
              <td className="numeric">{formatRate(shareOf(slice.count, total), language)}</td>
            </tr>
          ))}
        </tbody>
      </ReportTable>
    </div>
  );
}
