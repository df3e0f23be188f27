import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarRange } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { closuresQuery } from './catalogue-queries';
import { langIfDifferent, pickText } from './localized-text';

/**
 * Closures ahead that concern this experience (its own and the whole reserve's), with the reason
 * staff gave: what a visitor must know before planning. Nothing when there are none; a failure
 * is said in one line, since the calendar shows the closed days anyway.
 */
export function UpcomingClosures({ experienceId }: { experienceId: string }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const closures = useQuery(closuresQuery(experienceId));

  if (closures.isError) {
    return (
      <p className="field__hint" role="status">
        {t('catalogue.detail.closures.loadError')}
      </p>
    );
  }
  if (!closures.data || closures.data.length === 0) return null;

  return (
    <section className="experience-aside__section closures" aria-labelledby="closures-heading" data-testid="closures">
      <h2 id="closures-heading">{t('catalogue.detail.closures.heading')}</h2>
      <ul className="closures__list">
        {closures.data.map((closure) => {
          const reason = pickText(closure.reason, language);
          return (
            <li key={closure.id} className="closures__item">
              <p className="closures__dates">{formatCalendarRange(closure.startsOn, closure.endsOn, language)}</p>
              {closure.experienceId === null && (
                <p className="closures__scope">{t('catalogue.detail.closures.wholeReserve')}</p>
              )}
              {reason && <p lang={langIfDifferent(reason, language)}>{reason.text}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
