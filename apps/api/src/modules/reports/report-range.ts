import { reportRangeIssue, type ReportRangeQuery } from '@promata/contracts';
import { invalidField } from '../catalogue/validation-failed.js';

/**
 * A report range, both ends included: reversed or longer than `maxReportMonths` months is a 400
 * naming `query.to`, so one request never aggregates the whole history by accident.
 */
export function checkReportRange({ from, to }: ReportRangeQuery): ReportRangeQuery {
  const issue = reportRangeIssue(from, to);
  if (issue) throw invalidField('query.to', issue, { unit: 'months' });
  return { from, to };
}
