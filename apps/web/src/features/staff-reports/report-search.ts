import { isCalendarDate } from '../../lib/calendar-date';

/*
 * Apart from ./report-range: the router validates this search on every page's first load, and
 * report-range needs the contract's range rule (and so zod), which only the reports page loads.
 */

/** The reports' range as it lives in the address bar (`/staff/reports?from=…&to=…`). */
export type ReportSearch = { from?: string | undefined; to?: string | undefined };

/** Search values the router may hand over (anything in a URL), kept only when they are dates. */
export function validateReportSearch(search: Record<string, unknown>): ReportSearch {
  const date = (value: unknown) => (typeof value === 'string' && isCalendarDate(value) ? value : undefined);
  return { from: date(search.from), to: date(search.to) };
}
