import type { z } from 'zod';
import { AppError } from '../../platform/http/app-error.js';
import type { IssueParams, RaisedIssue } from '../../platform/i18n/field-messages.js';

/** What the error handler words from a zod issue: a refinement's own params, or the issue's bounds. */
function paramsOf(issue: z.core.$ZodIssue): IssueParams {
  if (issue.code === 'custom') return issue.params ?? {};
  const { path: _path, code: _code, message: _message, ...bounds } = issue;
  return bounds;
}

/**
 * A 400 VALIDATION_FAILED shaped like the ones the route schemas produce, for checks a use-case
 * makes after reading the stored state (a PATCH merged into its experience, a multipart field).
 * The words come from the error handler, in the client's language.
 */
export function validationFailed(issues: readonly z.core.$ZodIssue[], prefix = 'body'): AppError {
  const details: RaisedIssue[] = issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    code: issue.code,
    params: paramsOf(issue),
  }));
  return new AppError(400, 'VALIDATION_FAILED', { issues: details });
}

export const invalidField = (path: string, code: string, params?: IssueParams) =>
  new AppError(400, 'VALIDATION_FAILED', { issues: [{ path, code, params } satisfies RaisedIssue] });
