import { validationIssueSchema } from '@promata/contracts';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { ApiError } from '../../lib/api-client';
import { catalogueMessage } from './catalogue-validation';

/** The `details` of a VALIDATION_FAILED answer. */
const detailsSchema = z.object({ issues: z.array(validationIssueSchema) });

/**
 * Puts the API's VALIDATION_FAILED issues (`body.name.pt`, …) on the matching fields, for checks
 * only the server can make (an experience deleted meanwhile) or that slipped past the form's. The
 * API's texts are developer English, so the field gets the page's own words instead. Returns
 * whether any field took one; the form shows the refusal globally otherwise.
 */
export function applyCatalogueServerErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fieldFor: (path: string) => FieldPath<Values> | undefined,
): boolean {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return false;
  const details = detailsSchema.safeParse(error.details);
  if (!details.success) return false;
  let applied = false;
  for (const issue of details.data.issues) {
    const name = issue.path.startsWith('body.') ? fieldFor(issue.path.slice('body.'.length)) : undefined;
    if (!name) continue;
    const message = catalogueMessage(issue.code === 'not_found' ? 'experienceGone' : 'serverField');
    setError(name, { type: 'server', message }, { shouldFocus: !applied });
    applied = true;
  }
  return applied;
}

/** A field name from a list of known ones, for `applyCatalogueServerErrors`. */
export function knownField<Name extends string>(names: readonly Name[], aliases: Readonly<Record<string, Name>> = {}) {
  return (path: string): Name | undefined =>
    Object.hasOwn(aliases, path) ? aliases[path] : names.find((name) => name === path);
}
