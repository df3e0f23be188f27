import type { Closure } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { formatCalendarMonth } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { addMonths, firstDayOf, lastDayOf } from '../../lib/calendar-date';
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
      <div className="calendar-nav" role="group" aria-label={t('catalogue.calendar.months')}>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onMonthChange(addMonths(month, -1))}
          data-testid="closure-calendar-previous"
        >
          <span aria-hidden="true">‹ </span>
          {t('catalogue.calendar.previous')}
        </button>
        <p role="status" className="calendar-nav__showing" data-testid="closure-calendar-showing">
          {t('catalogue.calendar.showing', {
            first: formatCalendarMonth(months[0] ?? month, language),
            second: formatCalendarMonth(months[1] ?? month, language),
          })}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onMonthChange(addMonths(month, 1))}
          data-testid="closure-calendar-next"
        >
          {t('catalogue.calendar.next')}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <div
        ref={gridsRef}
        className="calendar__months"
        aria-busy={busy}
        onKeyDown={onKeyDown}
        onClick={(event) => {
          const cell = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-date]') : null;
          if (cell?.dataset.date !== undefined) setChosen(cell.dataset.date);
        }}
        onFocus={(event) => {
          const date = event.target instanceof HTMLElement ? event.target.dataset.date : undefined;
          if (date !== undefined) setChosen(date);
        }}
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
      </div>
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
  const entries = [
    ['closed', '×', t('staffCatalogue.closures.calendar.legend.reserve')],
    ['full', '1', t('staffCatalogue.closures.calendar.legend.some')],
  ] as const;
  return (
    <div className="calendar-legend">
      <h3 className="calendar-legend__heading">{t('catalogue.calendar.legend.heading')}</h3>
      <ul className="calendar-legend__list">
        {entries.map(([state, sample, text]) => (
          <li key={state}>
            <span aria-hidden="true" className={`calendar-legend__swatch calendar-day--${state}`}>
              {sample}
            </span>
            {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
