import { validationIssueSchema } from '@promata/contracts';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { ApiError } from '../../lib/api-client';

/** The `details` of a VALIDATION_FAILED answer. */
const detailsSchema = z.object({ issues: z.array(validationIssueSchema) });

/**
 * Puts the API's VALIDATION_FAILED issues (`body.phone`, …) on the matching fields, for checks
 * only the server can make. Returns whether any field took one; the form shows the rest globally.
 */
export function applyServerFieldErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fields: readonly FieldPath<Values>[],
): boolean {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return false;
  const details = detailsSchema.safeParse(error.details);
  if (!details.success) return false;
  let applied = false;
  for (const issue of details.data.issues) {
    const name = fields.find((field) => `body.${field}` === issue.path);
    if (!name) continue;
    setError(name, { type: 'server', message: issue.message }, { shouldFocus: !applied });
    applied = true;
  }
  return applied;
}
