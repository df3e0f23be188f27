import type { CapacityExceededDay, Experience } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { pickText } from '../catalogue/localized-text';

/**
 * Places ran out between choosing and confirming: which days, and how many places are left on
 * each, so the visitor can lower the people or pick another day instead of guessing.
 */
export function CapacityAlert({
  days,
  experiences,
}: {
  days: readonly CapacityExceededDay[];
  experiences: ReadonlyMap<string, Experience>;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (
    <div className="form-alert" data-testid="capacity-alert">
      <p>{t('bookings.cart.capacity.heading')}</p>
      <ul>
        {days.map((day) => {
          const experience = experiences.get(day.experienceId);
          return (
            <li key={`${day.experienceId}-${day.date}`}>
              {t('bookings.cart.capacity.day', {
                name: (experience && pickText(experience.name, language)?.text) ?? '',
                date: formatCalendarDate(day.date, language),
                count: day.remaining,
                requested: day.requested,
              })}
            </li>
          );
        })}
      </ul>
      <p>{t('bookings.cart.capacity.hint')}</p>
    </div>
  );
}
