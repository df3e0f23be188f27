import type { Dashboard, OccupancyReport, VisitorsReport } from '@promata/contracts';
import { describe, expect, it } from 'vitest';
import { auditActionKey, auditDetails } from '../../src/features/staff-audit/audit-action';
import { pageCount, validateAuditSearch } from '../../src/features/staff-audit/audit-search';
import { staffConsoleTexts } from '../../src/features/staff-dashboard/console-texts';
import { occupancySeries, occupancySummary, waitingAge } from '../../src/features/staff-dashboard/occupancy-series';
import { formatCount, formatRate } from '../../src/features/staff-reports/format-figures';
import {
  defaultReportRange,
  effectiveRange,
  rangeProblem,
  validateReportSearch,
} from '../../src/features/staff-reports/report-range';
import {
  occupancyByMonth,
  shareOf,
  visitedCategories,
  visitorsByMonth,
} from '../../src/features/staff-reports/report-rows';

type Tree = { readonly [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : leaves(value, path);
  });
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('staff console texts (loaded with the staff chunks)', () => {
  const pt = new Map(leaves(staffConsoleTexts['pt-BR']));
  const en = new Map(leaves(staffConsoleTexts.en));

  it('have the same keys and placeholders in pt-BR and en, none empty', () => {
    expect([...en.keys()].sort()).toEqual([...pt.keys()].sort());
    for (const [key, text] of pt) {
      expect(text.trim(), key).not.toBe('');
      expect(en.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('are translated', () => {
    expect(pt.get('dashboard.heading')).toBe('Painel da equipe');
    expect(en.get('dashboard.heading')).toBe('Staff dashboard');
  });
});

describe('report range form', () => {
  it('defaults to the last 12 whole months', () => {
    expect(defaultReportRange('2026-11-26')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(defaultReportRange('2027-01-01')).toEqual({ from: '2026-02-01', to: '2027-01-31' });
  });

  it('says what the API would refuse', () => {
    expect(rangeProblem('', '2026-01-01')).toBe('missing');
    expect(rangeProblem('2026-02-01', '2026-01-01')).toBe('reversed');
    expect(rangeProblem('2026-01-01', '2028-01-01')).toBe('tooLong');
    expect(rangeProblem('2026-01-01', '2027-12-31')).toBeUndefined();
  });

  it('keeps only dates from the address and falls back to the default range', () => {
    expect(validateReportSearch({ from: '2026-01-01', to: 'x', other: 1 })).toEqual({
      from: '2026-01-01',
      to: undefined,
    });
    expect(effectiveRange({ from: '2026-03-01', to: '2026-03-31' }, '2026-11-26')).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(effectiveRange({ from: '2026-03-01', to: '2020-03-31' }, '2026-11-26')).toEqual(
      defaultReportRange('2026-11-26'),
    );
  });
});

describe('report rows', () => {
  const name = { pt: 'Casa', en: null };
  const occupancy: OccupancyReport = {
    from: '2031-03-01',
    to: '2031-04-30',
    rows: [
      { experienceId: 'a', name, category: 'HOSTING', month: '2031-04', capacity: 100, taken: 10, rate: 0.1 },
      { experienceId: 'a', name, category: 'HOSTING', month: '2031-03', capacity: 300, taken: 12, rate: 0.04 },
      { experienceId: 'b', name, category: 'TRAIL', month: '2031-03', capacity: 100, taken: 88, rate: 0.88 },
      { experienceId: 'c', name, category: 'LABORATORY', month: '2031-05', capacity: 0, taken: 2, rate: null },
    ],
  };

  it('sums occupancy per month across experiences', () => {
    expect(occupancyByMonth(occupancy)).toEqual([
      { month: '2031-03', capacity: 400, taken: 100, rate: 0.25 },
      { month: '2031-04', capacity: 100, taken: 10, rate: 0.1 },
      { month: '2031-05', capacity: 0, taken: 2, rate: null },
    ]);
  });

  it('pivots visitors into one row per month with every category', () => {
    const visitors: VisitorsReport = {
      from: '2031-03-01',
      to: '2031-04-30',
      rows: [
        { month: '2031-04', category: 'HOSTING', people: 2 },
        { month: '2031-03', category: 'EVENT', people: 30 },
        { month: '2031-03', category: 'HOSTING', people: 4 },
      ],
    };
    const months = visitorsByMonth(visitors);
    expect(months).toEqual([
      { month: '2031-03', total: 34, TRAIL: 0, HOSTING: 4, LABORATORY: 0, EVENT: 30 },
      { month: '2031-04', total: 2, TRAIL: 0, HOSTING: 2, LABORATORY: 0, EVENT: 0 },
    ]);
    expect(visitedCategories(months)).toEqual(['HOSTING', 'EVENT']);
  });

  it('never divides by zero', () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBe(0);
  });
});

describe('dashboard helpers', () => {
  const ref = (id: string) => ({ id, name: { pt: id, en: null }, category: 'HOSTING' as const });
  const occupancy: Dashboard['occupancy'] = [
    {
      experience: ref('a'),
      days: [
        { date: '2026-11-26', capacity: 10, taken: 3 },
        { date: '2026-11-27', capacity: 10, taken: 7 },
      ],
    },
    {
      experience: ref('b'),
      days: [
        { date: '2026-11-26', capacity: 5, taken: 5 },
        { date: '2026-11-27', capacity: 0, taken: 0 },
      ],
    },
  ];

  it('sums the chosen experiences per day and finds the busiest day', () => {
    const all = occupancySeries(occupancy);
    expect(all).toEqual([
      { date: '2026-11-26', capacity: 15, taken: 8 },
      { date: '2026-11-27', capacity: 10, taken: 7 },
    ]);
    expect(occupancySummary(all)).toEqual({ capacity: 25, taken: 15, rate: 0.6, busiest: all[0] });
    expect(occupancySeries(occupancy, 'b')).toEqual(occupancy[1]!.days);
    expect(occupancySummary([]).busiest).toBeUndefined();
  });

  it('shows waiting time in hours under two days, then in days', () => {
    expect(waitingAge(0)).toEqual({ unit: 'hours', count: 0 });
    expect(waitingAge(47)).toEqual({ unit: 'hours', count: 47 });
    expect(waitingAge(50)).toEqual({ unit: 'days', count: 2 });
  });

  it('formats counts and rates by locale', () => {
    expect(formatCount(1234, 'pt-BR')).toBe('1.234');
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatRate(0.375, 'pt-BR')).toBe('37,5%');
    expect(formatRate(0.375, 'en')).toBe('37.5%');
    expect(formatRate(null, 'en')).toBe('–');
  });
});

describe('audit helpers', () => {
  const actions = staffConsoleTexts['pt-BR'].audit.actions;

  it('maps known actions to text keys and leaves unknown ones to their code', () => {
    expect(auditActionKey('experience.updated', actions)).toBe('audit.actions.experience.updated');
    expect(auditActionKey('booking.created', actions)).toBe('audit.actions.booking.created');
    expect(auditActionKey('experience.unknown', actions)).toBeUndefined();
    expect(auditActionKey('other', actions)).toBeUndefined();
    expect(auditActionKey('toString.call', actions)).toBeUndefined();
    expect(auditActionKey('a.b.c', actions)).toBeUndefined();
  });

  it('flattens facts into path: value pairs', () => {
    expect(auditDetails({ fields: ['capacity', 'price_cents'], to: { role: 'PROFESSOR', active: true } })).toEqual([
      { key: 'fields', value: 'capacity, price_cents' },
      { key: 'to.role', value: 'PROFESSOR' },
      { key: 'to.active', value: 'true' },
    ]);
  });

  it('keeps only valid filters from the address', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(
      validateAuditSearch({ targetType: 'booking', targetId: id.toUpperCase(), actorId: 'nope', page: '3' }),
    ).toEqual({ targetType: 'booking', targetId: id, actorId: undefined, page: 3 });
    expect(validateAuditSearch({ targetType: 'constructor', page: 1 })).toEqual({
      targetType: undefined,
      targetId: undefined,
      actorId: undefined,
      page: undefined,
    });
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(51, 25)).toBe(3);
  });
});
