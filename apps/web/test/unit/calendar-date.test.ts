import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysInMonth,
  firstDayOf,
  isCalendarDate,
  isCalendarMonth,
  lastDayOf,
  monthGrid,
  parseCalendarDate,
  todayIn,
  weekDayOf,
} from '../../src/lib/calendar-date';
import { calendarBounds, calendarStart, clampMonth } from '../../src/features/catalogue/calendar-range';
import { keyTarget } from '../../src/features/catalogue/calendar-keys';

/** The dates of a grid, blanks as '.', one string per week: easy to read in a failure. */
function rows(month: string): string[] {
  return monthGrid(month).map((week) => week.map((date) => (date === null ? '..' : date.slice(8))).join(' '));
}

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-02-30')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-1-05')).toBe(false);
    expect(isCalendarDate('2025-01-05T00:00:00Z')).toBe(false);
    expect(isCalendarDate(20250105)).toBe(false);
    expect(isCalendarMonth('2025-12')).toBe(true);
    expect(isCalendarMonth('2025-13')).toBe(false);
    expect(isCalendarMonth('2025-12-01')).toBe(false);
  });

  it('knows the length of February in leap and common years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-04')).toBe('2025-04-30');
  });

  it('adds days and months across month and year ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-11', 14)).toBe('2027-01');
    expect(firstDayOf('2026-01')).toBe('2026-01-01');
  });

  it('counts week days from Sunday, through a DST change of São Paulo (2018-11-04 had no midnight)', () => {
    expect(weekDayOf('2025-11-01')).toBe(6);
    expect(weekDayOf('2018-11-04')).toBe(0);
    expect(addDays('2018-11-03', 1)).toBe('2018-11-04');
    expect(addDays('2018-11-04', 1)).toBe('2018-11-05');
  });

  it('does not depend on the time zone of the process', () => {
    // The arithmetic uses UTC milliseconds only; a local-time Date would shift these west of UTC.
    expect(addDays('2019-02-16', 1)).toBe('2019-02-17');
    expect(monthGrid('2019-02')[2]).toEqual([
      '2019-02-10',
      '2019-02-11',
      '2019-02-12',
      '2019-02-13',
      '2019-02-14',
      '2019-02-15',
      '2019-02-16',
    ]);
  });

  it('tells today at the reserve, not in UTC', () => {
    // 01:30 UTC on 1 January is still 31 December, 22:30, in São Paulo.
    expect(todayIn('America/Sao_Paulo', new Date('2026-01-01T01:30:00Z'))).toBe('2025-12-31');
    expect(todayIn('America/Sao_Paulo', new Date('2026-01-01T03:00:00Z'))).toBe('2026-01-01');
  });
});

describe('month grid', () => {
  it('starts a month that begins on Saturday in the last column, and spans 6 weeks when needed', () => {
    // November 2025 begins on a Saturday and has 30 days: 6 rows.
    expect(rows('2025-11')).toEqual([
      '.. .. .. .. .. .. 01',
      '02 03 04 05 06 07 08',
      '09 10 11 12 13 14 15',
      '16 17 18 19 20 21 22',
      '23 24 25 26 27 28 29',
      '30 .. .. .. .. .. ..',
    ]);
  });

  it('lays out February of a leap year (2024, from Thursday) with its 29th', () => {
    expect(rows('2024-02')).toEqual([
      '.. .. .. .. 01 02 03',
      '04 05 06 07 08 09 10',
      '11 12 13 14 15 16 17',
      '18 19 20 21 22 23 24',
      '25 26 27 28 29 .. ..',
    ]);
  });

  it('lays out February of a common year: 2026 starts on Sunday and fills exactly 4 weeks', () => {
    expect(rows('2026-02')).toEqual([
      '01 02 03 04 05 06 07',
      '08 09 10 11 12 13 14',
      '15 16 17 18 19 20 21',
      '22 23 24 25 26 27 28',
    ]);
    expect(rows('2025-02')).toHaveLength(5);
  });

  it('crosses the year boundary: December 2025 then January 2026', () => {
    const december = monthGrid('2025-12');
    const january = monthGrid(addMonths('2025-12', 1));
    expect(december[0]?.[1]).toBe('2025-12-01');
    expect(december.at(-1)?.filter(Boolean).at(-1)).toBe('2025-12-31');
    expect(january[0]).toEqual([null, null, null, null, '2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('can start the week on Monday', () => {
    expect(monthGrid('2025-11', 1)[0]).toEqual([null, null, null, null, null, '2025-11-01', '2025-11-02']);
  });
});

describe('calendar keyboard and range', () => {
  it('moves by day, week, week edge and month, clamping to shorter months', () => {
    expect(keyTarget('2025-12-31', 'ArrowRight')).toBe('2026-01-01');
    expect(keyTarget('2026-01-01', 'ArrowLeft')).toBe('2025-12-31');
    expect(keyTarget('2025-12-29', 'ArrowDown')).toBe('2026-01-05');
    expect(keyTarget('2025-12-03', 'ArrowUp')).toBe('2025-11-26');
    // Wednesday 2025-12-03: its week runs from Sunday 30 November to Saturday 6 December.
    expect(keyTarget('2025-12-03', 'Home')).toBe('2025-11-30');
    expect(keyTarget('2025-12-03', 'End')).toBe('2025-12-06');
    expect(keyTarget('2024-01-31', 'PageDown')).toBe('2024-02-29');
    expect(keyTarget('2025-03-31', 'PageUp')).toBe('2025-02-28');
    expect(keyTarget('2025-03-31', 'Enter')).toBeUndefined();
  });

  it('lets the calendar start from this month up to the month before the last bookable day', () => {
    const bounds = calendarBounds('2025-12-20', 365);
    expect(bounds).toEqual({ minMonth: '2025-12', maxMonth: '2026-11' });
    expect(clampMonth('2020-01', bounds)).toBe('2025-12');
    expect(clampMonth('2030-01', bounds)).toBe('2026-11');
    expect(calendarBounds('2025-12-20', 5)).toEqual({ minMonth: '2025-12', maxMonth: '2025-12' });
  });

  it("starts at the address's month, else at the month something opens", () => {
    const bounds = calendarBounds('2025-12-20', 365);
    expect(calendarStart('2026-03', undefined, '2025-12-20', bounds)).toBe('2026-03');
    expect(calendarStart(undefined, '2026-02-10', '2025-12-20', bounds)).toBe('2026-02');
    expect(calendarStart(undefined, '2025-01-01', '2025-12-20', bounds)).toBe('2025-12');
    expect(calendarStart(undefined, undefined, '2025-12-20', bounds)).toBe('2025-12');
  });
});
