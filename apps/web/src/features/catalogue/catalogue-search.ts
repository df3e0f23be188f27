import type { ExperienceCategory } from '@promata/contracts';
import { daysBetween, experienceCategories, maxAvailabilityDays } from '../../lib/contract-values';
import { isCalendarDate } from '../../lib/calendar-date';

/** Cards per page: fills rows of 4, 2 or 1 columns evenly. */
export const cataloguePageSize = 20;

/** The API's bound on the search text. */
export const maxQueryLength = 100;

/**
 * The catalogue's filters as they live in the address bar (`/experiences?category=TRAIL&q=arauc`),
 * so a search can be bookmarked, shared and walked back with the browser's buttons. Every key is
 * always returned by the validator: the router merges the raw search under the validated one, so a
 * missing key would let an unchecked value through. Defaults are undefined, to keep URLs short.
 */
export type CatalogueSearch = {
  category?: ExperienceCategory | undefined;
  q?: string | undefined;
  /** "Available between": both or neither, ordered, at most 62 days (the API's bound). */
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
};

/** What the search box's text searches for: trimmed, within the API's bound, undefined when blank. */
export function normalizeQuery(value: string): string | undefined {
  const trimmed = value.trim().slice(0, maxQueryLength).trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Why a date range cannot be searched, or undefined when it can (or is empty: no date filter). */
export type DateRangeProblem = 'incomplete' | 'invalid' | 'order' | 'tooLong';

export function dateRangeProblem(from: string, to: string): DateRangeProblem | undefined {
  if (from === '' && to === '') return undefined;
  if (from === '' || to === '') return 'incomplete';
  if (!isCalendarDate(from) || !isCalendarDate(to)) return 'invalid';
  if (to < from) return 'order';
  if (daysBetween(from, to) + 1 > maxAvailabilityDays) return 'tooLong';
  return undefined;
}

/** The router parses search values as JSON: `?q=123` arrives as a number. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return normalizeQuery(String(value));
}

/** A page number from 2 on; page 1 is the default and stays out of the URL. */
function pageNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 1 ? number : undefined;
}

function category(value: unknown): ExperienceCategory | undefined {
  return experienceCategories.find((candidate) => candidate === value);
}

/** A hand-edited or outdated link never reaches the API as a 400: bad values are dropped. */
export function validateCatalogueSearch(search: Record<string, unknown>): CatalogueSearch {
  const from = typeof search.from === 'string' ? search.from : '';
  const to = typeof search.to === 'string' ? search.to : '';
  const range = from !== '' && dateRangeProblem(from, to) === undefined ? { from, to } : {};
  return {
    category: category(search.category),
    q: text(search.q),
    from: range.from,
    to: range.to,
    page: pageNumber(search.page),
  };
}

/** The `GET /experiences` query string of a search. */
export function experienceListParams(search: CatalogueSearch, pageSize: number = cataloguePageSize): URLSearchParams {
  const params = new URLSearchParams();
  if (search.category) params.set('category', search.category);
  if (search.q) params.set('q', search.q);
  if (search.from && search.to) {
    params.set('from', search.from);
    params.set('to', search.to);
  }
  params.set('page', String(search.page ?? 1));
  params.set('pageSize', String(pageSize));
  // No zod self-check here: this module is on every page's first load (the router validates its
  // search), so the unit tests check these parameters against the contract's schema instead.
  return params;
}

/** Whether any filter narrows the list (to offer "clear filters" and word the empty state). */
export function hasFilters(search: CatalogueSearch): boolean {
  return search.category !== undefined || search.q !== undefined || search.from !== undefined;
}

/** How many pages `total` items fill; at least 1, so "page 1 of 1" reads right for no results. */
export function pageCount(total: number, pageSize: number = cataloguePageSize): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
