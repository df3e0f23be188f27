import type { Closure } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { addMonths, firstDayOf, lastDayOf } from '../../lib/calendar-date';
import { CalendarGrids, CalendarLegend, CalendarNav } from '../catalogue/calendar-parts';
import { shownMonths } from '../catalogue/calendar-range';
import { useCalendarGrid } from '../catalogue/use-calendar-grid';
import { ClosureCalendarMonth } from './closure-calendar-month';
import { closureDayLabel } from './closure-day-label';
import { closureDayOf } from './closure-days';
import '../../styles/catalogue.css';

/** The months the calendar shows from `month`: as many as the public calendar. */
export function shownClosureMonths(month: string): { months: string[]; first: string; last: string } {
  const months = Array.from({ length: shownMonths }, (_, index) => addMonths(month, index));
  return { months, first: firstDayOf(month), last: lastDayOf(months[months.length - 1] ?? month) };
}

/**
 * The closures of two months as day grids, with previous/next month buttons. Closed days are
 * marked; the grids share one tab stop, arrow keys (and Home, End, Page Up, Page Down) move between
 * days and across months, and the chosen day's closures and reasons are spelt out under the grids.
 */
export function ClosureCalendar({
  month,
  onMonthChange,
  closures,
  today,
  busy,
  scopeOf,
}: {
  month: string;
  onMonthChange: (month: string) => void;
  /** The closures overlapping the shown months. */
  closures: readonly Closure[];
  today: string;
  busy: boolean;
  scopeOf: (closure: Closure) => string;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const { months, first, last } = shownClosureMonths(month);
  const { chosen, setChosen, tabbable, gridsRef, onKeyDown } = useCalendarGrid({
    month,
    first,
    last,
    today,
    onMonthChange,
  });
  const chosenLabel = chosen
    ? closureDayLabel(t, language, chosen, closureDayOf(closures, chosen), { today: chosen === today, scopeOf })
    : undefined;

  return (
    <div className="closure-days" data-testid="closure-calendar">
      <CalendarNav month={month} months={months} onMonthChange={onMonthChange} testIdPrefix="closure-calendar" />
      <CalendarGrids
        gridsRef={gridsRef}
        busy={busy}
        onKeyDown={onKeyDown}
        onDayClick={setChosen}
        onDayFocus={setChosen}
      >
        {months.map((shown) => (
          <ClosureCalendarMonth
            key={shown}
            month={shown}
            closures={closures}
            today={today}
            tabbable={tabbable}
            scopeOf={scopeOf}
          />
        ))}
      </CalendarGrids>
      <div className="calendar-chosen" data-testid="closure-calendar-chosen">
        <h3 className="calendar-chosen__heading">{t('staffCatalogue.closures.calendar.chosenHeading')}</h3>
        <p>{chosenLabel ?? t('staffCatalogue.closures.calendar.chosenHint')}</p>
      </div>
      <ClosureLegend />
    </div>
  );
}

function ClosureLegend() {
  const { t } = useTranslation();
  return (
    <CalendarLegend
      entries={[
        ['closed', '×', t('staffCatalogue.closures.calendar.legend.reserve')],
        ['full', '1', t('staffCatalogue.closures.calendar.legend.some')],
      ]}
    />
  );
}
