import { useTranslation } from 'react-i18next';
import { staffConsoleTexts } from '../staff-dashboard/console-texts';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import { auditActionKey, auditDetails } from './audit-action';
import type { AuditEntry } from './audit-api';

/** What an entry says: the action in words (its code when unknown) and its facts. */
export function AuditAction({ entry }: { entry: AuditEntry }) {
  const { t } = useConsoleTranslation();
  // Both languages have the same keys: the reference file says which actions have a text.
  const key = auditActionKey(entry.action, staffConsoleTexts['pt-BR'].audit.actions);
  return <>{key ? t(key) : t('audit.actions.other', { action: entry.action })}</>;
}

export function AuditFacts({ entry }: { entry: AuditEntry }) {
  const details = auditDetails(entry.data);
  if (details.length === 0) return null;
  return (
    <span className="audit-meta">
      {details.map((detail) => (
        <code key={detail.key} className="audit-fact">
          {`${detail.key}: ${detail.value}`}{' '}
        </code>
      ))}
    </span>
  );
}

/** The actor's name, or "System" for jobs and erased accounts. */
export function AuditActor({ entry }: { entry: AuditEntry }) {
  const { t } = useConsoleTranslation();
  const { t: tApp } = useTranslation();
  if (!entry.actor) return <>{t('audit.system')}</>;
  return (
    <>
      {entry.actor.name} <span className="audit-meta">({tApp(`account.roles.${entry.actor.role}`)})</span>
    </>
  );
}
