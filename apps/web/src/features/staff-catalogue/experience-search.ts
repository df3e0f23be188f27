import type { ExperienceCategory } from '@promata/contracts';
import { experienceCategories } from '../../lib/contract-values';

/** Rows per page of the staff experience list. */
export const experiencePageSize = 20;

/**
 * The list's filters as they live in the address bar (`/staff/experiences?category=TRAIL&q=mata`),
 * so a search survives a reload and the browser's Back button. Every key is always returned: the
 * router merges the raw search under the validated one, so a missing key would let an unchecked
 * value through. Defaults are undefined, to keep URLs short.
 */
export type ExperienceSearch = {
  q?: string | undefined;
  category?: ExperienceCategory | undefined;
  active?: boolean | undefined;
  page?: number | undefined;
};

const maxQueryLength = 100;

/** Trimmed and bounded search words; blank is "no search". */
export function normalizeQuery(value: unknown): string | undefined {
  // The router parses search values as JSON: `?q=123` arrives as a number.
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim().slice(0, maxQueryLength).trim();
  return trimmed === '' ? undefined : trimmed;
}

function flag(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

function pageNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 1 ? number : undefined;
}

export function categoryOption(value: unknown): ExperienceCategory | undefined {
  return experienceCategories.find((category) => category === value);
}

export function validateExperienceSearch(search: Record<string, unknown>): ExperienceSearch {
  return {
    q: normalizeQuery(search.q),
    category: categoryOption(search.category),
    active: flag(search.active),
    page: pageNumber(search.page),
  };
}

/** The `GET /experiences` query of a search. */
export function experienceListParams(search: ExperienceSearch, pageSize = experiencePageSize): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.category) params.set('category', search.category);
  if (search.active !== undefined) params.set('active', String(search.active));
  params.set('page', String(search.page ?? 1));
  params.set('pageSize', String(pageSize));
  // No zod self-check here: this module is on every page's first load (the router validates its
  // search), so the unit tests check these parameters against the contract's schema instead.
  return params;
}

export function hasFilters(search: ExperienceSearch): boolean {
  return search.q !== undefined || search.category !== undefined || search.active !== undefined;
}

/** The status filter's `<select>` values: '' (any), 'true', 'false'. */
export function activeOption(active: boolean | undefined): '' | 'true' | 'false' {
  return active === undefined ? '' : active ? 'true' : 'false';
}

export function activeFromOption(option: string): boolean | undefined {
  return flag(option);
}

/** "Showing 21–40 of 45": the rows a page holds, and how many pages there are. */
export function pageWindow(page: number, pageSize: number, total: number) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : Math.min((page - 1) * pageSize + 1, total);
  const last = Math.min(page * pageSize, total);
  return { first, last, pages };
}
