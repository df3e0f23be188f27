import { ptBR } from '../../i18n/resources/pt-br';

export type ValidationKey = keyof typeof ptBR.validation;

/** A validation error as the form keeps it: a message key and, for lengths, the bound. */
export type ValidationMessage = { key: ValidationKey; length?: number };

/** Marks a form error message as a key to translate, not text to show as it is. */
const prefix = 'i18n:';

export function isValidationKey(value: string): value is ValidationKey {
  return Object.hasOwn(ptBR.validation, value);
}

/**
 * react-hook-form keeps one string per error. Storing a key rather than a sentence lets the
 * message follow a language change while it is on screen.
 */
export function encodeValidationMessage({ key, length }: ValidationMessage): string {
  return length === undefined ? `${prefix}${key}` : `${prefix}${key}|${length}`;
}

/** The key and bound of an encoded message; undefined for any other text (e.g. from the API). */
export function decodeValidationMessage(message: string): ValidationMessage | undefined {
  if (!message.startsWith(prefix)) return undefined;
  const [key = '', length] = message.slice(prefix.length).split('|');
  if (!isValidationKey(key)) return undefined;
  if (length === undefined) return { key };
  const bound = Number(length);
  return Number.isInteger(bound) ? { key, length: bound } : { key };
}
