import type { Dashboard } from '@promata/contracts';
import { useId } from 'react';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { localized } from '../staff-catalogue/localized';
import { formatCount } from '../staff-reports/format-figures';
import { useConsoleTranslation } from './use-console-translation';

type Arrival = Dashboard['arrivals']['today'][number];

/** Arrivals per experience (people and bookings) under a heading; a sentence when there are none. */
export function ArrivalsTable({
  heading,
  empty,
  arrivals,
  testId,
}: {
  heading: string;
  empty: string;
  arrivals: readonly Arrival[];
  testId: string;
}) {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  const headingId = useId();
  return (
    <section className="dashboard-card" aria-labelledby={headingId} data-testid={testId}>
      <h2 id={headingId}>{heading}</h2>
      {arrivals.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.arrivals.experience')}</th>
              <th scope="col" className="numeric">
                {t('dashboard.arrivals.people')}
              </th>
              <th scope="col" className="numeric">
                {t('dashboard.arrivals.bookings')}
              </th>
            </tr>
          </thead>
          <tbody>
            {arrivals.map((arrival) => {
              const name = localized(arrival.experience.name, language);
              return (
                <tr key={arrival.experience.id}>
                  <th scope="row" lang={name.lang}>
                    {name.text}
                  </th>
                  <td className="numeric">{formatCount(arrival.people, language)}</td>
                  <td className="numeric">{formatCount(arrival.bookings, language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
