import { reportRangeIssue, type ReportRangeQuery } from '@promata/contracts';
import { addMonths, firstDayOf, isCalendarDate, lastDayOf, monthOf } from '../../lib/calendar-date';

/** The reports' range as it lives in the address bar (`/staff/reports?from=…&to=…`). */
export type ReportSearch = { from?: string | undefined; to?: string | undefined };

export type RangeProblem = 'missing' | 'reversed' | 'tooLong';

/** The last 12 whole months up to the end of the current one: what a yearly review looks at. */
export function defaultReportRange(today: string): ReportRangeQuery {
  const month = monthOf(today);
  return { from: firstDayOf(addMonths(month, -11)), to: lastDayOf(month) };
}

/** Why a range typed in the form cannot be asked for, checked by the API's own rule. */
export function rangeProblem(from: string, to: string): RangeProblem | undefined {
  if (!isCalendarDate(from) || !isCalendarDate(to)) return 'missing';
  const issue = reportRangeIssue(from, to);
  if (issue === 'range_reversed') return 'reversed';
  if (issue === 'range_too_long') return 'tooLong';
  return undefined;
}

/** Search values the router may hand over (anything in a URL), kept only when they are dates. */
export function validateReportSearch(search: Record<string, unknown>): ReportSearch {
  const date = (value: unknown) => (typeof value === 'string' && isCalendarDate(value) ? value : undefined);
  return { from: date(search.from), to: date(search.to) };
}

/** The range to show: the address's when it is valid, the default otherwise. */
export function effectiveRange(search: ReportSearch, today: string): ReportRangeQuery {
  const { from, to } = search;
  if (from && to && rangeProblem(from, to) === undefined) return { from, to };
  return defaultReportRange(today);
}
