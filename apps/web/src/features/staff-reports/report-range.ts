import { reportRangeIssue, type ReportRangeQuery } from '@promata/contracts';
import { addMonths, firstDayOf, isCalendarDate, lastDayOf, monthOf } from '../../lib/calendar-date';
import type { ReportSearch } from './report-search';

// Re-exported for the pages and tests that read the reports' search from here.

export { validateReportSearch, type ReportSearch } from './report-search';

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

/** The range to show: the address's when it is valid, the default otherwise. */
export function effectiveRange(search: ReportSearch, today: string): ReportRangeQuery {
  const { from, to } = search;
  if (from && to && rangeProblem(from, to) === undefined) return { from, to };
  return defaultReportRange(today);
}
