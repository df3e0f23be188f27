import type { Role } from '@promata/contracts';
import { professorStatuses, roles } from '../../lib/contract-values';

export type ProfessorStatus = (typeof professorStatuses)[number];
export type QueueStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** Rows per page of both staff lists. */
export const staffPageSize = 20;

/**
 * The users page's filters as they live in the address bar (`/staff/users?q=ana&role=GUEST`), so a
 * search can be bookmarked, shared with a colleague and walked back with the browser's buttons.
 * Every key is always returned: the router merges the raw search under the validated one, so a
 * missing key would let an unchecked value through. Defaults are undefined, to keep URLs short.
 */
export type UserSearch = {
  q?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
  professorStatus?: ProfessorStatus | undefined;
  page?: number | undefined;
};

export type QueueSearch = {
  status?: QueueStatus | undefined;
  page?: number | undefined;
};

const maxQueryLength = 100;

/** What the search box's text searches for: trimmed, within the API's bound, undefined when blank. */
export function normalizeQuery(value: string): string | undefined {
  const trimmed = value.trim().slice(0, maxQueryLength).trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The router parses search values as JSON: `?q=123` arrives as a number, `?active=true` as a boolean. */
function text(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return normalizeQuery(String(value));
}

function flag(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** A page number from 2 on; page 1 is the default and stays out of the URL. */
function pageNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 1 ? number : undefined;
}

function oneOf<Value extends string>(values: readonly Value[], value: unknown): Value | undefined {
  return (values as readonly unknown[]).includes(value) ? (value as Value) : undefined;
}

export function validateUserSearch(search: Record<string, unknown>): UserSearch {
  return {
    q: text(search.q),
    role: oneOf(roles, search.role),
    active: flag(search.active),
    professorStatus: oneOf(professorStatuses, search.professorStatus),
    page: pageNumber(search.page),
  };
}

/** `status` of `professorRequestListQuerySchema` (the unit tests check they agree). */
export const queueStatuses = ['PENDING', 'APPROVED', 'REJECTED'] as const satisfies readonly QueueStatus[];

export function validateQueueSearch(search: Record<string, unknown>): QueueSearch {
  return {
    // PENDING is the default view, so it stays out of the URL too.
    status: oneOf(queueStatuses, search.status) === 'PENDING' ? undefined : oneOf(queueStatuses, search.status),
    page: pageNumber(search.page),
  };
}

/** The `GET /users` query string of a search. */
export function userListParams(search: UserSearch, pageSize: number = staffPageSize): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.role) params.set('role', search.role);
  if (search.active !== undefined) params.set('active', String(search.active));
  if (search.professorStatus) params.set('professorStatus', search.professorStatus);
  params.set('page', String(search.page ?? 1));
  params.set('pageSize', String(pageSize));
  // No zod self-check here: this module is on every page's first load (the router validates its
  // search), so the unit tests check these parameters against the contract's schema instead.
  return params;
}

export function queueParams(search: QueueSearch, pageSize: number = staffPageSize): URLSearchParams {
  const params = new URLSearchParams({
    status: search.status ?? 'PENDING',
    page: String(search.page ?? 1),
    pageSize: String(pageSize),
  });
  return params;
}

/** The status filter's `<select>` values: '' (any), 'true', 'false'. */
export type ActiveOption = '' | 'true' | 'false';

export function activeOption(active: boolean | undefined): ActiveOption {
  return active === undefined ? '' : active ? 'true' : 'false';
}

export function activeFromOption(option: string): boolean | undefined {
  return flag(option);
}

/** Whether any filter narrows the list (to offer "clear filters" and word the empty state). */
export function hasFilters(search: UserSearch): boolean {
  return (
    search.q !== undefined ||
    search.role !== undefined ||
    search.active !== undefined ||
    search.professorStatus !== undefined
  );
}

/** "Showing 21–40 of 45": the rows a page holds, and how many pages there are. */
export function pageWindow(page: number, pageSize: number, total: number) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : Math.min((page - 1) * pageSize + 1, total);
  const last = Math.min(page * pageSize, total);
  return { first, last, pages };
}
