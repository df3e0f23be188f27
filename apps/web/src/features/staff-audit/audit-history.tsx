import type { AuditTargetType } from '@promata/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { QueryState } from '../../components/query-state';
import { formatDateTime } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useSessionStore } from '../auth/session-context';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import { auditQueryKey, fetchAudit } from './audit-api';
import { AuditAction, AuditActor, AuditFacts } from './audit-entry-text';

const shown = 10;

/**
 * "Change history" of one booking, experience or account: the latest audit entries as a timeline,
 * newest first, and a link to the full trail filtered on it.
 */
export function AuditHistory({ targetType, targetId }: { targetType: AuditTargetType; targetId: string }) {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const headingId = useId();
  const filter = { targetType, targetId, pageSize: shown };
  const history = useQuery({
    queryKey: [...auditQueryKey, 'history', targetType, targetId],
    queryFn: ({ signal }) => fetchAudit(session, filter, { signal }),
  });
  return (
    <section aria-labelledby={headingId} className="audit-history" data-testid="audit-history">
      <h2 id={headingId}>{t('audit.history')}</h2>
      <QueryState query={history} errorText={t('audit.loadError')}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{t('audit.historyEmpty')}</p>
          ) : (
            <>
              <ol className="audit-list">
                {page.items.map((entry) => (
                  <li key={entry.id} data-testid="audit-history-entry">
                    <strong>
                      <AuditAction entry={entry} />
                    </strong>{' '}
                    <span className="audit-meta">
                      <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, language)}</time> ·{' '}
                      <AuditActor entry={entry} />
                    </span>
                    <br />
                    <AuditFacts entry={entry} />
                  </li>
                ))}
              </ol>
              {page.total > page.items.length && (
                <p>
                  <Link to="/staff/audit" search={{ targetType, targetId }}>
                    {t('audit.moreHistory')}
                  </Link>
                </p>
              )}
            </>
          )
        }
      </QueryState>
    </section>
  );
}
