import { calendarDateSchema } from '@promata/contracts';
import { catalogueMessage, sharedMessage, type Bounds, type FormIssue } from './catalogue-validation';

/**
 * Small readers shared by the catalogue forms' parsers. Each returns the converted value, or
 * undefined after recording why not in `issues` (with the field's path).
 */
export type IssueList = FormIssue[];

/** Trimmed text that must be given, at most `max` characters. */
export function requiredText(issues: IssueList, path: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '') issues.push({ path, message: sharedMessage('required') });
  else if (text.length > max) issues.push({ path, message: sharedMessage('tooLong', max) });
  return text;
}

/** Trimmed text that may be left blank (then null), at most `max` characters. */
export function optionalText(issues: IssueList, path: string, value: string, max: number): string | null {
  const text = value.trim();
  if (text.length > max) issues.push({ path, message: sharedMessage('tooLong', max) });
  return text === '' ? null : text;
}

/** A whole number within bounds, typed as digits only ("1.000" is not a capacity). */
export function wholeNumber(issues: IssueList, path: string, value: string, bounds: Bounds): number | undefined {
  const text = value.trim();
  if (text === '') {
    issues.push({ path, message: sharedMessage('required') });
    return undefined;
  }
  const number = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!(number >= bounds.min && number <= bounds.max)) {
    issues.push({ path, message: catalogueMessage('wholeNumber', bounds) });
    return undefined;
  }
  return number;
}

/** A calendar date from `<input type="date">`; blank is null when the field is optional. */
export function optionalDate(issues: IssueList, path: string, value: string): string | null {
  if (value.trim() === '') return null;
  if (!calendarDateSchema.safeParse(value).success) issues.push({ path, message: sharedMessage('date') });
  return value;
}

export function requiredDate(issues: IssueList, path: string, value: string): string | undefined {
  if (value.trim() === '') {
    issues.push({ path, message: sharedMessage('required') });
    return undefined;
  }
  return optionalDate(issues, path, value) ?? undefined;
}

/** A choice among `options` (a `<select>` whose first option is "choose…", value ''). */
export function choice<Option extends string>(
  issues: IssueList,
  path: string,
  value: string,
  options: readonly Option[],
): Option | undefined {
  const found = options.find((option) => option === value);
  if (!found) issues.push({ path, message: catalogueMessage('choose') });
  return found;
}
