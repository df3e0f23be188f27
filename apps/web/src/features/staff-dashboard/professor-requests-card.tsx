import type { Dashboard } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { formatDateTime } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useConsoleTranslation } from './use-console-translation';

/** How many professor verifications wait, since when, and the way to the queue. */
export function ProfessorRequestsCard({ requests }: { requests: Dashboard['professorRequests'] }) {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  const headingId = useId();
  return (
    <section className="dashboard-card" aria-labelledby={headingId} data-testid="dashboard-professors">
      <h2 id={headingId}>{t('dashboard.professors.heading')}</h2>
      <p>
        {requests.count === 0 || !requests.oldestAt
          ? t('dashboard.professors.none')
          : t('dashboard.professors.waiting', {
              count: requests.count,
              since: formatDateTime(requests.oldestAt, language),
            })}
      </p>
      <p>
        <Link to="/staff/professor-requests">{t('dashboard.professors.link')}</Link>
      </p>
    </section>
  );
}
