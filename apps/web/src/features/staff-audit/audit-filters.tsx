import { auditTargetTypes, type AuditTargetType } from '@promata/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import { isAuditTargetType, isUuid, type AuditSearch } from './audit-search';

type Filters = Omit<AuditSearch, 'page'>;

/** Kind of target, target id and actor id; applied on submit, an incomplete id is said, not sent. */
export function AuditFilters({ search, onChange }: { search: Filters; onChange: (filters: Filters) => void }) {
  const { t } = useConsoleTranslation();
  const ids = { type: useId(), target: useId(), actor: useId(), error: useId() };
  const [targetType, setTargetType] = useState<AuditTargetType | ''>(search.targetType ?? '');
  const [targetId, setTargetId] = useState(search.targetId ?? '');
  const [actorId, setActorId] = useState(search.actorId ?? '');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = targetId.trim();
    const actor = actorId.trim();
    const bad = (target !== '' && !isUuid(target)) || (actor !== '' && !isUuid(actor));
    setInvalid(bad);
    if (bad) return;
    onChange({
      targetType: targetType || undefined,
      targetId: target || undefined,
      actorId: actor || undefined,
    });
  };
  const clear = () => {
    setTargetType('');
    setTargetId('');
    setActorId('');
    setInvalid(false);
    onChange({});
  };

  return (
    <form onSubmit={submit} noValidate className="staff-filters" data-testid="audit-filters">
      <div className="field">
        <label htmlFor={ids.type}>{t('audit.filters.targetType')}</label>
        <select
          id={ids.type}
          value={targetType}
          onChange={(event) => setTargetType(isAuditTargetType(event.target.value) ? event.target.value : '')}
        >
          <option value="">{t('audit.filters.anyType')}</option>
          {auditTargetTypes.map((type) => (
            <option key={type} value={type}>
              {t(`audit.targetTypes.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.target}>{t('audit.filters.targetId')}</label>
        <input
          id={ids.target}
          value={targetId}
          onChange={(event) => setTargetId(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={invalid ? ids.error : undefined}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <div className="field">
        <label htmlFor={ids.actor}>{t('audit.filters.actorId')}</label>
        <input
          id={ids.actor}
          value={actorId}
          onChange={(event) => setActorId(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={invalid ? ids.error : undefined}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <div className="report-actions">
        <button type="submit" className="button">
          {t('audit.filters.apply')}
        </button>
        <button type="button" className="button button--secondary" onClick={clear}>
          {t('audit.filters.clear')}
        </button>
      </div>
      {invalid && (
        <p id={ids.error} role="alert" className="field__error">
          {t('audit.filters.invalidId')}
        </p>
      )}
    </form>
  );
}
