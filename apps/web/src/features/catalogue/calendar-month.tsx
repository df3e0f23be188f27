import type { AvailabilityDay } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { MonthGrid } from './calendar-parts';
import { dayLabel } from './day-label';
import { dayStatus, type DayStatus } from './day-status';

function DayContent({ status }: { status: DayStatus }) {
  const { t } = useTranslation();
  switch (status.kind) {
    case 'open':
      return (
        <>
          <span className="calendar-day__count">{status.remaining}</span>
          <span className="calendar-day__word">{t('catalogue.calendar.short.places')}</span>
        </>
      );
    case 'full':
      return (
        <>
          <span className="calendar-day__count">0</span>
          <span className="calendar-day__word">{t('catalogue.calendar.short.full')}</span>
        </>
      );
    case 'closed':
      return (
        <>
          <span className="calendar-day__mark">×</span>
          <span className="calendar-day__word">{t('catalogue.calendar.short.closed')}</span>
        </>
      );
    case 'unavailable':
      // A mark only: the legend and the day's sentence say why; past days need not even that.
      return status.reason === 'PAST' ? null : <span className="calendar-day__mark">–</span>;
    case 'unknown':
      return null;
  }
}

/**
 * One month as an ARIA grid: a real table (week days as column headers), one tab stop for the
 * whole calendar (the parent's roving `tabbable` day), and a full sentence as each day's name
 * (its content, not an `aria-label`, so the visible number need not be part of it).
 */
export function CalendarMonth({
  month,
  days,
  today,
  tabbable,
  hosting,
  picked,
}: {
  month: string;
  days: ReadonlyMap<string, AvailabilityDay>;
  today: string;
  tabbable: string;
  hosting: boolean;
  picked?: { startDate?: string | undefined; endDate?: string | undefined } | undefined;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();

  return (
    <MonthGrid
      month={month}
      testId={`calendar-${month}`}
      renderDay={(date) => {
        const status = dayStatus(days.get(date));
        const reason = status.kind === 'unavailable' && status.reason === 'PAST' ? 'past' : status.kind;
        const start = picked?.startDate;
        const selected =
          start !== undefined &&
          (date === start || (picked?.endDate !== undefined && date > start && date <= picked.endDate));
        return (
          <td
            data-date={date}
            data-state={reason}
            tabIndex={date === tabbable ? 0 : -1}
            aria-current={date === today ? 'date' : undefined}
            aria-selected={picked ? selected : undefined}
            className={`calendar-day calendar-day--${reason}${selected ? ' calendar-day--picked' : ''}`}
          >
            {/* The sentence is the cell's name; the compact marks are for the eye only. */}
            <span className="visually-hidden calendar-day__label">
              {dayLabel(t, language, date, status, { hosting, today: date === today })}
            </span>
            <span aria-hidden="true">
              <span className="calendar-day__number">{Number(date.slice(8))}</span>
              <DayContent status={status} />
            </span>
          </td>
        );
      }}
    />
  );
}
