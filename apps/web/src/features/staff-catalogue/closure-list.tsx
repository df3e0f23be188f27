import { daysBetween, type Closure } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { formatCalendarMonth, formatCalendarRange } from '../../i18n/format-calendar-date';
import type { Language } from '../../i18n/languages';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { groupByMonth } from './closure-months';

export type ClosureScope = { text: string; lang?: Language | undefined };

/**
 * The closures grouped by the month they start in: their days, what closes and the reason visitors
 * read, each with its edit and delete buttons.
 */
export function ClosureList({
  closures,
  scopeOf,
  onEdit,
  onRemove,
}: {
  closures: readonly Closure[];
  scopeOf: (closure: Closure) => ClosureScope;
  onEdit: (closure: Closure) => void;
  onRemove: (closure: Closure) => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (
    <div className="closure-calendar" data-testid="closure-list">
      {groupByMonth(closures).map(([month, items]) => (
        <section key={month} aria-labelledby={`closures-${month}`} className="closure-month">
          <h3 id={`closures-${month}`}>{formatCalendarMonth(month, language)}</h3>
          <ul className="closure-list">
            {items.map((closure) => {
              const dates = formatCalendarRange(closure.startsOn, closure.endsOn, language);
              const scope = scopeOf(closure);
              return (
                <li key={closure.id} className="closure-item" data-testid="closure-item" data-closure-id={closure.id}>
                  <p className="closure-item__dates">
                    <time dateTime={closure.startsOn}>{dates}</time>
                    <span className="cell-note">
                      {t('staffCatalogue.closures.days', { count: daysBetween(closure.startsOn, closure.endsOn) + 1 })}
                    </span>
                  </p>
                  <p className="closure-item__scope" lang={scope.lang === language ? undefined : scope.lang}>
                    {scope.text}
                  </p>
                  <p className="closure-item__reason">
                    {t('staffCatalogue.closures.reasonLabel')} <span lang="pt-BR">{closure.reason.pt}</span>
                    {closure.reason.en && (
                      <>
                        {' / '}
                        <span lang="en">{closure.reason.en}</span>
                      </>
                    )}
                  </p>
                  <div className="form-actions closure-item__actions">
                    <button
                      type="button"
                      className="button button--secondary button--compact"
                      aria-label={t('staffCatalogue.closures.editLabel', { dates })}
                      onClick={() => onEdit(closure)}
                    >
                      {t('staffCatalogue.closures.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--danger-outline button--compact"
                      aria-label={t('staffCatalogue.closures.removeLabel', { dates })}
                      onClick={() => onRemove(closure)}
                    >
                      {t('staffCatalogue.closures.remove')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
