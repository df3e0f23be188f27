import { Fragment, useId, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarMonth } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { weekDayNames } from '../../i18n/week-day-names';
import { addMonths, monthGrid } from '../../lib/calendar-date';

/** Previous / "showing these months" / next, above the month grids of a calendar. */
export function CalendarNav({
  month,
  months,
  onMonthChange,
  canGoBack = true,
  canGoForward = true,
  testIdPrefix,
}: {
  month: string;
  months: readonly string[];
  onMonthChange: (month: string) => void;
  canGoBack?: boolean;
  canGoForward?: boolean;
  /** `calendar` → `calendar-previous`, `calendar-showing`, `calendar-next`. */
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (
    <div className="calendar-nav" role="group" aria-label={t('catalogue.calendar.months')}>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={!canGoBack}
        onClick={() => canGoBack && onMonthChange(addMonths(month, -1))}
        data-testid={`${testIdPrefix}-previous`}
      >
        <span aria-hidden="true">‹ </span>
        {t('catalogue.calendar.previous')}
      </button>
      <p role="status" className="calendar-nav__showing" data-testid={`${testIdPrefix}-showing`}>
        {t('catalogue.calendar.showing', {
          first: formatCalendarMonth(months[0] ?? month, language),
          second: formatCalendarMonth(months[1] ?? month, language),
        })}
      </p>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={!canGoForward}
        onClick={() => canGoForward && onMonthChange(addMonths(month, 1))}
        data-testid={`${testIdPrefix}-next`}
      >
        {t('catalogue.calendar.next')}
        <span aria-hidden="true"> ›</span>
      </button>
    </div>
  );
}

const dateOf = (target: EventTarget) =>
  target instanceof Element ? target.closest<HTMLElement>('[data-date]')?.dataset.date : undefined;

/**
 * The month grids' container: one keyboard handler (useCalendarGrid) for all of them, and the day
 * a click or focus lands on, read from the cell's `data-date`.
 */
export function CalendarGrids({
  gridsRef,
  busy,
  onKeyDown,
  onDayClick,
  onDayFocus,
  children,
}: {
  gridsRef: RefObject<HTMLDivElement | null>;
  busy: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onDayClick: (date: string) => void;
  onDayFocus: (date: string) => void;
  children: ReactNode;
}) {
  return (
    <div
      ref={gridsRef}
      className="calendar__months"
      aria-busy={busy}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        const date = dateOf(event.target);
        if (date !== undefined) onDayClick(date);
      }}
      onFocus={(event) => {
        const date = event.target instanceof HTMLElement ? event.target.dataset.date : undefined;
        if (date !== undefined) onDayFocus(date);
      }}
    >
      {children}
    </div>
  );
}

/** What each day colour means: `[state class, sample text, meaning]`. */
export function CalendarLegend({ entries }: { entries: readonly (readonly [string, string, string])[] }) {
  const { t } = useTranslation();
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

/**
 * One month as an ARIA grid: its heading, the week-day columns and a row per week; `renderDay`
 * draws each day's `<td>` (with `data-date`, the roving tab index and its spoken sentence).
 */
export function MonthGrid({
  month,
  testId,
  renderDay,
}: {
  month: string;
  testId: string;
  renderDay: (date: string) => ReactNode;
}) {
  const language = useCurrentLanguage();
  const headingId = useId();
  return (
    <div className="calendar-month" data-testid={testId}>
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
              {week.map((date, index) =>
                date === null ? (
                  <td key={`blank-${index}`} className="calendar-day calendar-day--blank" />
                ) : (
                  <Fragment key={date}>{renderDay(date)}</Fragment>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
