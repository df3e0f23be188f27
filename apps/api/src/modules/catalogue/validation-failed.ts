import type { ValidationIssue } from '@promata/contracts';
import type { z } from 'zod';
import { AppError } from '../../platform/http/app-error.js';

/**
 * A 400 VALIDATION_FAILED shaped like the ones the route schemas produce, for checks a use-case
 * makes after reading the stored state (a PATCH merged into its experience, a multipart field).
 */
export function validationFailed(issues: readonly z.core.$ZodIssue[], prefix = 'body'): AppError {
  const details: ValidationIssue[] = issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: issue.message,
  }));
  return new AppError(400, 'VALIDATION_FAILED', { issues: details });
}

export const invalidField = (path: string, code: string, message: string) =>
  new AppError(400, 'VALIDATION_FAILED', { issues: [{ path, code, message }] });
