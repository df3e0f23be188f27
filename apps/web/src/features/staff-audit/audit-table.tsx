import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { formatDateTime } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import type { AuditEntry } from './audit-api';
import { AuditAction, AuditActor, AuditFacts } from './audit-entry-text';
import { isAuditTargetType } from './audit-search';

/** A page of the trail as a table; bookings and experiences link to their pages. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useConsoleTranslation();
  const language = useCurrentLanguage();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" data-testid="audit-table">
        <caption id={captionId} className="visually-hidden">
          {t('audit.heading')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.columns.when')}</th>
            <th scope="col">{t('audit.columns.who')}</th>
            <th scope="col">{t('audit.columns.action')}</th>
            <th scope="col">{t('audit.columns.target')}</th>
            <th scope="col">{t('audit.columns.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
              <th scope="row">
                <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, language)}</time>
              </th>
              <td>
                <AuditActor entry={entry} />
              </td>
              <td>
                <AuditAction entry={entry} />
              </td>
              <td>
                <AuditTarget entry={entry} />
              </td>
              <td>
                <AuditFacts entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditTarget({ entry }: { entry: AuditEntry }) {
  const { t } = useConsoleTranslation();
  const targetType = isAuditTargetType(entry.targetType) ? entry.targetType : undefined;
  const kind = targetType ? t(`audit.targetTypes.${targetType}`) : entry.targetType;
  if (!entry.targetId || !targetType) return <>{kind}</>;
  const text = `${kind} ${entry.targetId.slice(0, 8)}`;
  if (targetType === 'booking') {
    return (
      <Link to="/staff/bookings/$bookingId" params={{ bookingId: entry.targetId }}>
        {text}
      </Link>
    );
  }
  if (targetType === 'experience') {
    return (
      <Link to="/staff/experiences/$experienceId" params={{ experienceId: entry.targetId }}>
        {text}
      </Link>
    );
  }
  return (
    <Link to="/staff/audit" search={{ targetType, targetId: entry.targetId }}>
      {text}
    </Link>
  );
}
