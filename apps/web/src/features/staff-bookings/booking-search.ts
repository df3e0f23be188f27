import type { BookingStatus } from '@promata/contracts';
import { bookingStatuses } from '../../lib/contract-values';
import { isCalendarDate } from '../../lib/calendar-date';
import { statusTone } from './booking-status';

/** Rows per page of the inbox. */
export const bookingPageSize = 20;

/**
 * The inbox filters as they live in the address bar (`/staff/bookings?status=PAYMENT_SENT&q=ana`),
 * so a view can be bookmarked, shared and walked back. Every key is always returned: the router
 * merges the raw search under the validated one, so a missing key would let an unchecked value
 * through. Defaults are undefined, to keep URLs short.
 */
export type BookingSearch = {
  status?: BookingStatus | undefined;
  q?: string | undefined;
  experienceId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
};

export type BookingFilterChange = Omit<BookingSearch, 'page'>;

const maxQueryLength = 100;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Trimmed and bounded search words; blank is "no search". */
export function normalizeQuery(value: unknown): string | undefined {
  // The router parses search values as JSON: `?q=123` arrives as a number.
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim().slice(0, maxQueryLength).trim();
  return trimmed === '' ? undefined : trimmed;
}

function pageNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 1 ? number : undefined;
}

export function statusOption(value: unknown): BookingStatus | undefined {
  return bookingStatuses.find((status) => status === value);
}

function uuid(value: unknown): string | undefined {
  return typeof value === 'string' && uuidPattern.test(value) ? value.toLowerCase() : undefined;
}

function day(value: unknown): string | undefined {
  return isCalendarDate(value) ? value : undefined;
}

export function validateBookingSearch(search: Record<string, unknown>): BookingSearch {
  return {
    status: statusOption(search.status),
    q: normalizeQuery(search.q),
    experienceId: uuid(search.experienceId),
    from: day(search.from),
    to: day(search.to),
    page: pageNumber(search.page),
  };
}

/**
 * A tab of bookings waiting on staff is a queue, served first come, first served: oldest first.
 * Everywhere else the newest bookings are the interesting ones.
 */
export function inboxOrder(search: Pick<BookingSearch, 'status'>): 'oldest' | 'newest' {
  return search.status && statusTone(search.status) === 'waiting' ? 'oldest' : 'newest';
}

/** The `GET /bookings` query of a search. */
export function bookingListParams(search: BookingSearch, pageSize = bookingPageSize): URLSearchParams {
  const params = new URLSearchParams();
  if (search.status) params.set('status', search.status);
  if (search.q) params.set('q', search.q);
  if (search.experienceId) params.set('experienceId', search.experienceId);
  if (search.from) params.set('from', search.from);
  if (search.to) params.set('to', search.to);
  if (inboxOrder(search) === 'oldest') params.set('order', 'oldest');
  params.set('page', String(search.page ?? 1));
  params.set('pageSize', String(pageSize));
  // No zod self-check here: this module is on every page's first load (the router validates its
  // search), so the unit tests check these parameters against the contract's schema instead.
  return params;
}

/** Whether a filter other than the status tab narrows the list (to offer "clear filters"). */
export function hasFilters(search: BookingSearch): boolean {
  return (
    search.q !== undefined || search.experienceId !== undefined || search.from !== undefined || search.to !== undefined
  );
}

/** "to" before "from" selects nothing: said next to the fields instead of showing an empty inbox. */
export function datesReversed(search: Pick<BookingSearch, 'from' | 'to'>): boolean {
  return search.from !== undefined && search.to !== undefined && search.to < search.from;
}

/** The sum of the counts per status: the "all" tab. */
export function countAll(counts: Partial<Record<BookingStatus, number>>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

/** "Showing 21–40 of 45": the rows a page holds, and how many pages there are. */
export function pageWindow(page: number, pageSize: number, total: number) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : Math.min((page - 1) * pageSize + 1, total);
  const last = Math.min(page * pageSize, total);
  return { first, last, pages };
}
