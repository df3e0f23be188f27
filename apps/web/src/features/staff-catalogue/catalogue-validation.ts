import { get, type FieldErrors, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useErrorText } from '../../components/form/use-error-text';
import { encodeValidationMessage, type ValidationKey } from '../../components/form/validation-message';
import { staffCataloguePtBR, type StaffCatalogueMessages } from '../../i18n/resources/staff-catalogue/pt-br';

/** A form field as the shared error summary lists it (its `SummaryField`). */
type SummaryField = { name: string; id: string };

export type CatalogueValidationKey = keyof StaffCatalogueMessages['validation'];

/**
 * The catalogue forms' own messages ("use a whole number from 1 to 10 000"), kept as keys like the
 * shared ones (`i18n:required`), so they follow a language change while on screen. They live in
 * this feature's texts; the shared `validation.*` keys are used as they are.
 */
const prefix = 'i18n:catalogue.';

export type Bounds = { min: number; max: number };

export function catalogueMessage(key: CatalogueValidationKey, bounds?: Bounds): string {
  return bounds ? `${prefix}${key}|${bounds.min}|${bounds.max}` : `${prefix}${key}`;
}

/** A shared message (required, too long) in the same encoded form. */
export function sharedMessage(key: ValidationKey, length?: number): string {
  return encodeValidationMessage(length === undefined ? { key } : { key, length });
}

export function decodeCatalogueMessage(
  message: string,
): { key: CatalogueValidationKey; bounds?: Bounds | undefined } | undefined {
  if (!message.startsWith(prefix)) return undefined;
  const [key = '', min, max] = message.slice(prefix.length).split('|');
  if (!isCatalogueKey(key)) return undefined;
  return min !== undefined && max !== undefined ? { key, bounds: { min: Number(min), max: Number(max) } } : { key };
}

function isCatalogueKey(value: string): value is CatalogueValidationKey {
  return Object.hasOwn(staffCataloguePtBR.validation, value);
}

/** A form problem found by a parser: where (`name.pt`) and its encoded message. */
export type FormIssue = { path: string; message: string };

export type Parsed<Value> = { ok: true; value: Value } | { ok: false; issues: FormIssue[] };

/**
 * A Zod schema around a hand-written parser, for `contractResolver`: the parser reads the whole
 * form at once (the price depends on the language, the category decides which fields count), and
 * its issues already carry encoded messages, which the resolver passes through untouched.
 */
export function parserSchema<Values, Output>(parse: (values: Values) => Parsed<Output>): z.ZodType<Output, Values> {
  return z.custom<Values>().transform((values, context) => {
    const result = parse(values);
    if (result.ok) return result.value;
    for (const issue of result.issues) {
      context.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }
    return z.NEVER;
  });
}

/** Translates a catalogue form's error message: its own keys, the shared ones, or the API's text. */
export function useCatalogueErrorText(): (message: string | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  const sharedText = useErrorText();
  return (message) => {
    const decoded = message ? decodeCatalogueMessage(message) : undefined;
    if (!decoded) return sharedText(message);
    const number = new Intl.NumberFormat(i18n.resolvedLanguage ?? i18n.language);
    const bounds = decoded.bounds
      ? { min: number.format(decoded.bounds.min), max: number.format(decoded.bounds.max) }
      : {};
    return t(`staffCatalogue.validation.${decoded.key}`, bounds);
  };
}

/**
 * The errors of a form with their messages already translated, for the shared ErrorSummary (which
 * knows only the shared keys and shows any other text as it is). Flat keys (`name.pt`) are fine:
 * the summary looks fields up with react-hook-form's `get`, which falls back to the whole name.
 */
export function translatedErrors<Values extends FieldValues>(
  errors: FieldErrors<Values>,
  fields: readonly SummaryField[],
  errorText: (message: string | undefined) => string | undefined,
): FieldErrors<FieldValues> {
  const entries = fields.flatMap(({ name }) => {
    const error = get(errors, name) as { message?: unknown } | undefined;
    const text = typeof error?.message === 'string' ? errorText(error.message) : undefined;
    return text ? [[name, { type: 'translated', message: text }] as const] : [];
  });
  return Object.fromEntries(entries);
}
