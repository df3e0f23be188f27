import { describe, expect, it } from 'vitest';
import {
  dateRangeProblem,
  experienceListParams,
  hasFilters,
  normalizeQuery,
  pageCount,
  validateCatalogueSearch,
} from '../../src/features/catalogue/catalogue-search';
import { isExperienceId, validateExperienceSearch } from '../../src/features/catalogue/experience-search';

describe('catalogue search parameters', () => {
  it('keeps valid filters from the address bar', () => {
    expect(
      validateCatalogueSearch({ category: 'TRAIL', q: ' araucarias ', from: '2025-12-01', to: '2025-12-31', page: 3 }),
    ).toEqual({ category: 'TRAIL', q: 'araucarias', from: '2025-12-01', to: '2025-12-31', page: 3 });
  });

  it('returns every key, undefined when absent, so unchecked values never slip through', () => {
    expect(validateCatalogueSearch({ evil: '<script>' })).toEqual({
      category: undefined,
      q: undefined,
      from: undefined,
      to: undefined,
      page: undefined,
    });
  });

  it('drops what the API would refuse', () => {
    expect(validateCatalogueSearch({ category: 'SPA' }).category).toBeUndefined();
    expect(validateCatalogueSearch({ q: '   ' }).q).toBeUndefined();
    expect(validateCatalogueSearch({ q: 'a'.repeat(150) }).q).toHaveLength(100);
    // The router parses `?q=123` as a number: it is still a search for "123".
    expect(validateCatalogueSearch({ q: 123 }).q).toBe('123');
    expect(validateCatalogueSearch({ page: 1 }).page).toBeUndefined();
    expect(validateCatalogueSearch({ page: '2' }).page).toBe(2);
    expect(validateCatalogueSearch({ page: -4 }).page).toBeUndefined();
    expect(validateCatalogueSearch({ page: 2.5 }).page).toBeUndefined();
  });

  it('keeps a date range only when both ends make one the API accepts', () => {
    const range = (from: unknown, to: unknown) => {
      const { from: f, to: t } = validateCatalogueSearch({ from, to });
      return [f, t];
    };
    expect(range('2025-12-01', '2026-01-31')).toEqual(['2025-12-01', '2026-01-31']);
    expect(range('2025-12-01', undefined)).toEqual([undefined, undefined]);
    expect(range('2025-12-10', '2025-12-01')).toEqual([undefined, undefined]);
    expect(range('2025-12-01', '2026-02-01')).toEqual([undefined, undefined]);
    expect(range('2025-02-30', '2025-03-02')).toEqual([undefined, undefined]);
  });

  it('names the problem of a range being typed', () => {
    expect(dateRangeProblem('', '')).toBeUndefined();
    expect(dateRangeProblem('2025-12-01', '')).toBe('incomplete');
    expect(dateRangeProblem('2025-12-10', '2025-12-01')).toBe('order');
    // 62 days inclusive is the most one request may span.
    expect(dateRangeProblem('2025-12-01', '2026-01-31')).toBeUndefined();
    expect(dateRangeProblem('2025-12-01', '2026-02-01')).toBe('tooLong');
    expect(dateRangeProblem('2025-12-01', '2025-13-01')).toBe('invalid');
  });

  it('serialises a search as the API query, with the page size', () => {
    expect(
      experienceListParams({ category: 'EVENT', q: 'aves', from: '2025-12-01', to: '2025-12-31', page: 2 }).toString(),
    ).toBe('category=EVENT&q=aves&from=2025-12-01&to=2025-12-31&page=2&pageSize=20');
    expect(experienceListParams({}).toString()).toBe('page=1&pageSize=20');
    expect(experienceListParams({}, 12).get('pageSize')).toBe('12');
  });

  it('round-trips: what it serialises, the validator reads back', () => {
    const search = { category: 'HOSTING', q: 'casa', from: '2026-03-01', to: '2026-03-15', page: 4 } as const;
    const params = experienceListParams(search);
    const read = validateCatalogueSearch(Object.fromEntries(params));
    expect(read).toEqual(search);
  });

  it('knows when filters are set, and how many pages a total fills', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ page: 3 })).toBe(false);
    expect(hasFilters({ q: 'x' })).toBe(true);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(normalizeQuery('  ')).toBeUndefined();
  });

  it("validates the detail page's month and id", () => {
    expect(validateExperienceSearch({ month: '2026-02' })).toEqual({ month: '2026-02' });
    expect(validateExperienceSearch({ month: '2026-2' })).toEqual({ month: undefined });
    expect(validateExperienceSearch({})).toEqual({ month: undefined });
    expect(isExperienceId('4a0b9c1e-1d52-4b8e-9a43-6d2f0e7c5b11')).toBe(true);
    expect(isExperienceId('trilha')).toBe(false);
  });
});
