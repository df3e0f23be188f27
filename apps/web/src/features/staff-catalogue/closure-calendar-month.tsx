import type { Closure } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { MonthGrid } from '../catalogue/calendar-parts';
import { closureDayLabel } from './closure-day-label';
import { closureDayOf, type ClosureDay, type ClosureDayState } from './closure-days';

/** The public calendar's look (catalogue.css): stripes for the reserve, amber for experiences. */
const stateClass: Record<ClosureDayState, string> = {
  reserve: 'calendar-day--closed',
  experiences: 'calendar-day--full',
  none: '',
};

function DayMark({ day }: { day: ClosureDay }) {
  const { t } = useTranslation();
  if (day.state === 'none') return null;
  const reserve = day.state === 'reserve';
  return (
    <>
      <span className="calendar-day__mark">{reserve ? '×' : day.closures.length}</span>
      <span className="calendar-day__word">
        {reserve
          ? t('staffCatalogue.closures.calendar.short.reserve')
          : t('staffCatalogue.closures.calendar.short.some')}
      </span>
    </>
  );
}

/**
 * One month of closures as an ARIA grid, built like the public availability calendar: a table with
 * the week days as column headers, one tab stop shared by the months (`tabbable`), and each day's
 * full sentence (its closures and their reasons) as the cell's content for screen readers.
 */
export function ClosureCalendarMonth({
  month,
  closures,
  today,
  tabbable,
  scopeOf,
}: {
  month: string;
  closures: readonly Closure[];
  today: string;
  tabbable: string;
  scopeOf: (closure: Closure) => string;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();

  return (
    <MonthGrid
      month={month}
      testId={`closure-calendar-${month}`}
      renderDay={(date) => {
        const day = closureDayOf(closures, date);
        const past = day.state === 'none' && date < today ? ' calendar-day--past' : '';
        return (
          <td
            data-date={date}
            data-state={day.state}
            tabIndex={date === tabbable ? 0 : -1}
            aria-current={date === today ? 'date' : undefined}
            className={`calendar-day ${stateClass[day.state]}${past}`}
          >
            <span className="visually-hidden">
              {closureDayLabel(t, language, date, day, { today: date === today, scopeOf })}
            </span>
            <span aria-hidden="true">
              <span className="calendar-day__number">{Number(date.slice(8))}</span>
              <DayMark day={day} />
            </span>
          </td>
        );
      }}
    />
  );
}
