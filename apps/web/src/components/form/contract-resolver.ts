import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { encodeValidationMessage, type ValidationKey } from './validation-message';

type Issue = z.ZodError['issues'][number];

/** Per-field message keys for failures whose generic wording would be vague (a regex, say). */
export type MessageOverrides = Readonly<Record<string, ValidationKey>>;

/**
 * The message of one failed check. The contract schemas carry English developer messages, and a
 * schema's own message takes precedence over any error map in Zod 4, so the message is derived
 * from the issue's code and bounds instead; custom issues added by the app's own refinements
 * already carry an encoded key.
 */
export function issueMessage(issue: Issue, overrides: MessageOverrides = {}, blank = false): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'custom' && issue.message.startsWith('i18n:')) return issue.message;
  // An empty required field says "fill this in", whatever check it failed first.
  if (blank) return encodeValidationMessage({ key: 'required' });
  const override = overrides[path];
  switch (issue.code) {
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string' && minimum > 1)
        return encodeValidationMessage({ key: 'tooShort', length: minimum });
      return encodeValidationMessage({ key: override ?? 'required' });
    }
    case 'too_big':
      return issue.origin === 'string'
        ? encodeValidationMessage({ key: 'tooLong', length: Number(issue.maximum) })
        : encodeValidationMessage({ key: override ?? 'invalid' });
    case 'invalid_format':
      if (override) return encodeValidationMessage({ key: override });
      if (issue.format === 'email') return encodeValidationMessage({ key: 'email' });
      if (issue.format === 'date') return encodeValidationMessage({ key: 'date' });
      return encodeValidationMessage({ key: 'invalid' });
    case 'invalid_type':
      return encodeValidationMessage({ key: override ?? 'required' });
    default:
      return encodeValidationMessage({ key: override ?? 'invalid' });
  }
}

function valueAt(values: unknown, path: readonly PropertyKey[]): unknown {
  let current = values;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * A react-hook-form resolver for a Zod schema built from the contracts, with translatable
 * messages. On success the form receives the schema's output (trimmed, normalised values).
 */
export function contractResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  overrides: MessageOverrides = {},
): Resolver<Input, unknown, Output> {
  return (values, _context, options) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      // The first failure of a field is the one to fix first.
      errors[path] ??= {
        type: issue.code,
        message: issueMessage(issue, overrides, isBlank(valueAt(values, issue.path))),
      };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
