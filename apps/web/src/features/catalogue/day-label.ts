import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../i18n/format-calendar-date';
import type { Language } from '../../i18n/languages';
import type { DayStatus } from './day-status';
import { localizedText } from './localized-text';

type LabelOptions = { hosting: boolean; today: boolean };

/**
 * The full sentence for one day, read by screen readers as the cell's name and shown for the chosen
 * day: "quarta-feira, 17 de dezembro de 2025: 12 vagas restantes", or why it cannot be booked.
 */
export function dayLabel(
  t: TFunction,
  language: Language,
  date: string,
  status: DayStatus,
  { hosting, today }: LabelOptions,
): string {
  let day = formatCalendarDate(date, language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  if (hosting) day = t('catalogue.calendar.night', { date: day });
  if (today) day = `${day} (${t('catalogue.calendar.today')})`;
  switch (status.kind) {
    case 'unknown':
      return t('catalogue.calendar.day.unknown', { date: day });
    case 'open':
      return t('catalogue.calendar.day.open', { date: day, count: status.remaining });
    case 'full':
      return t('catalogue.calendar.day.full', { date: day });
    case 'closed': {
      const reasons = status.reasons.map((reason) => localizedText(reason, language)).filter(Boolean);
      return reasons.length > 0
        ? t('catalogue.calendar.day.closedWithReason', { date: day, reason: reasons.join('; ') })
        : t('catalogue.calendar.day.closed', { date: day });
    }
    case 'unavailable':
      return t('catalogue.calendar.day.unavailable', {
        date: day,
        reason: t(`catalogue.calendar.reasons.${status.reason}`),
      });
  }
}
