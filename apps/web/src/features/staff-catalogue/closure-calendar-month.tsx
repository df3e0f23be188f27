import type { Closure } from '@promata/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarMonth } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { weekDayNames } from '../../i18n/week-day-names';
import { monthGrid } from '../../lib/calendar-date';
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
  const headingId = useId();

  return (
    <div className="calendar-month" data-testid={`closure-calendar-${month}`}>
      <h3 id={headingId} className="calendar-month__heading">
        {formatCalendarMonth(month, language)}
      </h3>
      <table role="grid" aria-labelledby={headingId} className="calendar-grid">
        <thead>
          <tr>
            {weekDayNames(language).map(({ short, long }) => (
              <th key={long} scope="col">
                <span aria-hidden="true">{short}</span>
                <span className="visually-hidden">{long}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthGrid(month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((date, index) => {
                if (date === null) return <td key={`blank-${index}`} className="calendar-day calendar-day--blank" />;
                const day = closureDayOf(closures, date);
                const past = day.state === 'none' && date < today ? ' calendar-day--past' : '';
                return (
                  <td
                    key={date}
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
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
