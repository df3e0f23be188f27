import { AppError } from '../../platform/http/app-error.js';

/** A few of the most used passwords that pass the length rule; refused outright. */
const common = new Set([
  'password123',
  'password1234',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'senha12345',
  'senha123456',
  'mudar12345',
  'abcdefghij',
  '0123456789',
  'iloveyou123',
  'promata123',
  'promata2026',
]);

/**
 * Length is checked by the schema (10–128). Beyond that, NIST SP 800-63B style: no composition
 * rules, but refuse passwords that are common, a single repeated character, or contain the
 * account's e-mail name.
 */
export function assertAcceptablePassword(password: string, email: string): void {
  const lower = password.toLowerCase();
  const local = email.split('@')[0] ?? '';
  const weak =
    common.has(lower) || /^(.)\1+$/.test(password) || (local.length >= 4 && lower.includes(local.toLowerCase()));
  if (weak) throw new AppError(400, 'WEAK_PASSWORD');
}
