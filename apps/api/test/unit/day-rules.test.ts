import { describe, expect, it } from 'vitest';
import { availabilityDays, calendarRulesOf } from '../../src/modules/availability/compute-availability.js';
import { addDays, calendarDateAt, datesBetween, weekDayOf } from '../../src/modules/availability/calendar-date.js';
import { closedDayReason, type CalendarRules } from '../../src/modules/availability/day-rules.js';
import { prefixTsquery } from '../../src/modules/experiences/search-query.js';

const everyDay: CalendarRules = {
  weekDays: [0, 1, 2, 3, 4, 5, 6],
  offerFrom: null,
  offerUntil: null,
  minNoticeDays: 0,
  maxAdvanceDays: 365,
  eventDays: null,
};

describe('calendar dates are days, not instants', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'], // leap year
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2018-11-03', 1, '2018-11-04'], // São Paulo skipped midnight on 2018-11-04 (DST began)
    ['2018-11-04', 1, '2018-11-05'],
    ['2019-02-16', 1, '2019-02-17'], // and repeated 23:00 on 2019-02-16 (DST ended)
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-01-01', -1, '2024-12-31'],
  ])('%s + %i day = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('counts week days from 0 = Sunday', () => {
    expect(weekDayOf('2018-11-04')).toBe(0);
    expect(weekDayOf('2024-02-29')).toBe(4);
    expect(weekDayOf('2025-01-04')).toBe(6);
  });

  it('lists a range across a DST change, a month end and a year end without gaps or repeats', () => {
    expect(datesBetween('2018-11-02', '2018-11-06')).toEqual([
      '2018-11-02',
      '2018-11-03',
      '2018-11-04',
      '2018-11-05',
      '2018-11-06',
    ]);
    expect(datesBetween('2024-12-30', '2025-01-02')).toEqual(['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02']);
  });

  it.each([
    ['2024-03-01T01:30:00Z', '2024-02-29'], // 22:30 of a leap day in São Paulo, already March in UTC
    ['2024-12-31T23:59:00Z', '2024-12-31'],
    ['2025-01-01T02:59:59Z', '2024-12-31'], // still New Year's Eve in São Paulo
    ['2025-01-01T03:00:00Z', '2025-01-01'],
    ['2018-11-04T02:59:59Z', '2018-11-03'], // 23:59:59 BRT
    ['2018-11-04T03:00:00Z', '2018-11-04'], // 01:00 BRST: midnight never happened
    ['2019-02-17T01:30:00Z', '2019-02-16'], // 23:30 BRST, the hour lived twice
    ['2019-02-17T02:30:00Z', '2019-02-16'], // 23:30 BRT, the second time
    ['2019-02-17T03:00:00Z', '2019-02-17'],
  ])('today in São Paulo at %s is %s', (instant, date) => {
    expect(calendarDateAt(new Date(instant))).toBe(date);
  });
});

describe('day rules (pure)', () => {
  const today = '2025-01-30'; // a Thursday
  it.each<[string, string, Partial<CalendarRules>, boolean, string | undefined]>([
    ['open day', '2025-02-03', {}, false, undefined],
    ['yesterday', '2025-01-29', {}, false, 'PAST'],
    ['today with no notice', today, {}, false, undefined],
    ['today with one day of notice', today, { minNoticeDays: 1 }, false, 'NOTICE'],
    ['last day inside the notice', '2025-02-01', { minNoticeDays: 3 }, false, 'NOTICE'],
    ['first day after the notice (across the month end)', '2025-02-02', { minNoticeDays: 3 }, false, undefined],
    ['last day of the advance', '2025-03-01', { maxAdvanceDays: 30 }, false, undefined],
    ['beyond the advance', '2025-03-02', { maxAdvanceDays: 30 }, false, 'ADVANCE'],
    ['before the window', '2025-02-09', { offerFrom: '2025-02-10' }, false, 'OUTSIDE_WINDOW'],
    ['first day of the window', '2025-02-10', { offerFrom: '2025-02-10' }, false, undefined],
    ['last day of the window', '2025-02-28', { offerUntil: '2025-02-28' }, false, undefined],
    ['after the window', '2025-03-01', { offerUntil: '2025-02-28' }, false, 'OUTSIDE_WINDOW'],
    ['a Sunday for a weekdays-only lab', '2025-02-02', { weekDays: [1, 2, 3, 4, 5] }, false, 'WEEK_DAY'],
    ['a Monday for a weekdays-only lab', '2025-02-03', { weekDays: [1, 2, 3, 4, 5] }, false, undefined],
    ['closed', '2025-02-03', {}, true, 'CLOSED'],
    ['closed but also past: past wins', '2025-01-29', {}, true, 'PAST'],
    ['closed and outside the week days: week day wins', '2025-02-02', { weekDays: [1] }, true, 'WEEK_DAY'],
    ['closed inside the notice: closed wins', today, { minNoticeDays: 5 }, true, 'CLOSED'],
    [
      'a day of an event that has begun',
      '2025-01-30',
      { eventDays: { first: '2025-01-29', last: '2025-01-31' } },
      false,
      'PAST',
    ],
    ['an event day', '2025-02-15', { eventDays: { first: '2025-02-15', last: '2025-02-16' } }, false, undefined],
    [
      'a day next to the event',
      '2025-02-17',
      { eventDays: { first: '2025-02-15', last: '2025-02-16' } },
      false,
      'OUTSIDE_WINDOW',
    ],
    [
      "the event's second day within the notice of its first",
      '2025-02-02',
      { eventDays: { first: '2025-02-01', last: '2025-02-02' }, minNoticeDays: 3 },
      false,
      'NOTICE',
    ],
  ])('%s', (_name, date, rules, closed, reason) => {
    expect(closedDayReason(date, today, { ...everyDay, ...rules }, closed)).toBe(reason);
  });

  it('counts the São Paulo date of an event, and not a day an event ends on at midnight', () => {
    const rules = calendarRulesOf({
      id: 'e',
      category: 'EVENT',
      capacity: 20,
      week_days: [0, 1, 2, 3, 4, 5, 6],
      offer_from: null,
      offer_until: null,
      min_notice_days: 0,
      max_advance_days: 365,
      // 22:00 on 10 May in São Paulo (01:00 UTC on the 11th) until midnight that ends the 12th.
      event_starts_at: new Date('2025-05-11T01:00:00Z'),
      event_ends_at: new Date('2025-05-13T03:00:00Z'),
    });
    expect(rules.eventDays).toEqual({ first: '2025-05-10', last: '2025-05-12' });
  });

  it('never reports negative places when capacity was lowered below the booked people', () => {
    const subject = {
      id: 'e',
      category: 'TRAIL' as const,
      capacity: 5,
      week_days: [0, 1, 2, 3, 4, 5, 6],
      offer_from: null,
      offer_until: null,
      min_notice_days: 0,
      max_advance_days: 365,
      event_starts_at: null,
      event_ends_at: null,
    };
    const [day] = availabilityDays(subject, '2025-01-01', [
      { experience_id: 'e', date: '2025-01-02', occupied: 8, closures: [] },
    ]);
    expect(day).toEqual({ date: '2025-01-02', capacity: 5, remaining: 0, open: true });
  });
});

describe('search words become a safe prefix query', () => {
  it.each([
    ['trilha das araucarias', 'trilha:* & das:* & araucarias:*'],
    ['  Araucárias!  ', 'Araucárias:*'],
    ['arauc', 'arauc:*'],
    ["a' | b & !c:* <->", 'a:* & b:* & c:*'],
    ['a\u0301gua', 'água:*'], // decomposed accent stays in its word
    ['!!!', undefined],
  ])('%j → %j', (text, query) => {
    expect(prefixTsquery(text)).toBe(query);
  });
});
