import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { addMonths } from '../../lib/calendar-date';
import { keyTarget } from './calendar-keys';

/**
 * The keyboard model every month-grid calendar shares: one tab stop for the grids (the chosen day,
 * else today, else the first shown), arrow keys, Home, End, Page Up and Page Down move between days
 * and across months, and the day a key moved to gets focus once rendered — which may be after the
 * months changed. Enter or Space picks a day when the calendar picks.
 */
export function useCalendarGrid({
  month,
  first,
  last,
  today,
  onMonthChange,
  canMove = () => true,
  onPickDay,
}: {
  /** The first month shown, and the first and last day shown. */
  month: string;
  first: string;
  last: string;
  today: string;
  onMonthChange: (month: string) => void;
  /** Whether the calendar may show the previous (-1) or next (1) month. */
  canMove?: (step: -1 | 1) => boolean;
  onPickDay?: ((date: string) => void) | undefined;
}) {
  const [chosen, setChosen] = useState<string>();
  const visible = (date: string | undefined): date is string => date !== undefined && date >= first && date <= last;
  const gridsRef = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<string>(undefined);

  useEffect(() => {
    if (focusTarget.current === undefined) return;
    const cell = gridsRef.current?.querySelector<HTMLElement>(`[data-date="${focusTarget.current}"]`);
    if (!cell) return;
    focusTarget.current = undefined;
    cell.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = event.target instanceof HTMLElement ? event.target.dataset.date : undefined;
    if (from !== undefined && onPickDay && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onPickDay(from);
      return;
    }
    const target = from === undefined ? undefined : keyTarget(from, event.key);
    if (target === undefined) return;
    event.preventDefault();
    const step = target < first ? -1 : target > last ? 1 : 0;
    if (step !== 0) {
      if (!canMove(step)) return;
      onMonthChange(addMonths(month, step));
    }
    setChosen(target);
    focusTarget.current = target;
  };

  return {
    /** The chosen day while it is shown. */
    chosen: visible(chosen) ? chosen : undefined,
    setChosen,
    tabbable: visible(chosen) ? chosen : visible(today) ? today : first,
    gridsRef,
    onKeyDown,
  };
}
