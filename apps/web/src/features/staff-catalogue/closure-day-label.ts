import type { Closure } from '@promata/contracts';
import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../i18n/format-calendar-date';
import type { Language } from '../../i18n/languages';
import type { ClosureDay } from './closure-days';
import { localized } from './localized';

/**
 * The full sentence for one day of the closures calendar, read as the cell's name and shown for
 * the chosen day: "sábado, 10 de janeiro de 2026: fechado. Toda a reserva: Feriado; Trilha do
 * Mirante: Manutenção da ponte", or that nothing closes then.
 */
export function closureDayLabel(
  t: TFunction,
  language: Language,
  date: string,
  day: ClosureDay,
  { today, scopeOf }: { today: boolean; scopeOf: (closure: Closure) => string },
): string {
  let name = formatCalendarDate(date, language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  if (today) name = `${name} (${t('catalogue.calendar.today')})`;
  if (day.state === 'none') return t('staffCatalogue.closures.calendar.dayOpen', { date: name });
  const closures = day.closures
    .map((closure) => `${scopeOf(closure)}: ${localized(closure.reason, language).text}`)
    .join('; ');
  return t('staffCatalogue.closures.calendar.dayClosed', { date: name, closures });
}
