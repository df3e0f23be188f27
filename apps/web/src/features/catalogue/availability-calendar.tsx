import type { AvailabilityDay, ExperienceCategory } from '@promata/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../components/form/api-error-text';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { addMonths, firstDayOf, lastDayOf } from '../../lib/calendar-date';
import { CalendarMonth } from './calendar-month';
import { CalendarGrids, CalendarLegend, CalendarNav } from './calendar-parts';
import { shownMonths } from './calendar-range';
import { availabilityQuery } from './catalogue-queries';
import { dayLabel } from './day-label';
import { dayStatus } from './day-status';
import { useCalendarGrid } from './use-calendar-grid';

const noDays: ReadonlyMap<string, AvailabilityDay> = new Map();

/**
 * Remaining places per day for two months, from `month`, with previous/next month buttons. The
 * grids share one tab stop; arrow keys (and Home, End, Page Up, Page Down) move between days and
 * across months, and the chosen day's full sentence is shown under the grids, where a closure's
 * reason has room to be read.
 */
export function AvailabilityCalendar({
  experienceId,
  category,
  month,
  minMonth,
  maxMonth,
  today,
  onMonthChange,
  picked,
  onPickDay,
}: {
  experienceId: string;
  category: ExperienceCategory;
  /** The first month shown, already within [minMonth, maxMonth]. */
  month: string;
  minMonth: string;
  maxMonth: string;
  /** Today at the reserve, as the browser computes it until the API says. */
  today: string;
  onMonthChange: (month: string) => void;
  /** The days picked for a booking line, `[startDate, endDate)`, shown as selected. */
  picked?: { startDate?: string | undefined; endDate?: string | undefined } | undefined;
  /** Click, Enter or Space on a day picks it for the booking line. */
  onPickDay?: ((date: string) => void) | undefined;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const apiErrorText = useApiErrorText();
  const months = Array.from({ length: shownMonths }, (_, index) => addMonths(month, index));
  const first = firstDayOf(month);
  const last = lastDayOf(months[months.length - 1] ?? month);
  const availability = useQuery(availabilityQuery(experienceId, first, last));
  const days = useMemo(
    () => (availability.data ? new Map(availability.data.days.map((day) => [day.date, day])) : noDays),
    [availability.data],
  );
  const reserveToday = availability.data?.today ?? today;
  const hosting = category === 'HOSTING';

  const canGoBack = month > minMonth;
  const canGoForward = month < maxMonth;
  const { chosen, setChosen, tabbable, gridsRef, onKeyDown } = useCalendarGrid({
    month,
    first,
    last,
    today: reserveToday,
    onMonthChange,
    canMove: (step) => (step < 0 ? canGoBack : canGoForward),
    onPickDay,
  });
  const chosenLabel = chosen
    ? dayLabel(t, language, chosen, dayStatus(days.get(chosen)), { hosting, today: chosen === reserveToday })
    : undefined;

  return (
    <section className="calendar" aria-labelledby="calendar-heading" data-testid="availability-calendar">
      <h2 id="calendar-heading">{t('catalogue.calendar.heading')}</h2>
      <p>
        {hosting ? t('catalogue.calendar.introHosting') : t('catalogue.calendar.intro')}{' '}
        {t('catalogue.calendar.timeZone')}
      </p>
      <CalendarNav
        month={month}
        months={months}
        onMonthChange={onMonthChange}
        canGoBack={canGoBack}
        canGoForward={canGoForward}
        testIdPrefix="calendar"
      />
      {availability.isError && (
        <div role="alert" className="form-alert">
          <p>
            {t('catalogue.calendar.loadError')} {apiErrorText(availability.error)}
          </p>
          <button type="button" className="button button--secondary" onClick={() => void availability.refetch()}>
            {t('form.retry')}
          </button>
        </div>
      )}
      {/* Always there, empty when idle: the grids do not jump when a month starts loading. */}
      <p className="calendar__loading">{availability.isFetching ? t('catalogue.calendar.loading') : ''}</p>
      <CalendarGrids
        gridsRef={gridsRef}
        busy={availability.isFetching}
        onKeyDown={onKeyDown}
        onDayClick={(date) => onPickDay?.(date)}
        onDayFocus={setChosen}
      >
        {months.map((shown) => (
          <CalendarMonth
            key={shown}
            month={shown}
            days={days}
            today={reserveToday}
            tabbable={tabbable}
            hosting={hosting}
            picked={picked}
          />
        ))}
      </CalendarGrids>
      <div className="calendar-chosen" data-testid="calendar-chosen">
        <h3 className="calendar-chosen__heading">{t('catalogue.calendar.selected.heading')}</h3>
        <p>{chosenLabel ?? t('catalogue.calendar.selected.hint')}</p>
      </div>
      <AvailabilityLegend />
    </section>
  );
}

function AvailabilityLegend() {
  const { t } = useTranslation();
  return (
    <CalendarLegend
      entries={[
        ['open', '12', t('catalogue.calendar.legend.open')],
        ['full', '0', t('catalogue.calendar.legend.full')],
        ['closed', '×', t('catalogue.calendar.legend.closed')],
        ['unavailable', '–', t('catalogue.calendar.legend.unavailable')],
      ]}
    />
  );
}
