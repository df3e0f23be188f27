import { z } from 'zod';

/** Digits only: `123.456.789-09` → `12345678909`. */
export const onlyDigits = (value: string) => value.replace(/\D/g, '');

/**
 * A CPF is valid when its two check digits match (mod 11 over the first 9 and 10 digits) and it is
 * not one of the repeated-digit numbers that pass the arithmetic but are never issued.
 */
export function isValidCpf(value: string): boolean {
  const digits = onlyDigits(value);
  if (digits.length !== 11 || /^(\d)\1{10}$/.test(digits)) return false;
  const checkDigit = (length: number) => {
    let sum = 0;
    for (let i = 0; i < length; i += 1) sum += Number(digits[i]) * (length + 1 - i);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  return checkDigit(9) === Number(digits[9]) && checkDigit(10) === Number(digits[10]);
}

/** `12345678909` → `123.456.789-09`. */
export const formatCpf = (digits: string) => digits.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, '$1.$2.$3-$4');

/** A CPF in any common punctuation, stored as its 11 digits. */
export const cpfSchema = z
  .string()
  .trim()
  .refine(isValidCpf, { params: { reason: 'cpf_check_digits' } })
  .transform(onlyDigits);

/** Passport numbers vary by country: 5 to 20 letters and digits, stored upper-case without spaces. */
export const passportSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9]{5,20}$/));

/** A person's identity document: CPF for Brazilians, passport for foreigners. */
export const identityDocumentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('CPF'), number: cpfSchema }),
  z.object({ type: z.literal('PASSPORT'), number: passportSchema }),
]);

export type IdentityDocument = z.infer<typeof identityDocumentSchema>;

/**
 * The same document as the API answers it: already normalised, so no transforms (response schemas
 * are encoded, and a one-way transform cannot be encoded).
 */
export const identityDocumentOutputSchema = z.object({
  type: z.enum(['CPF', 'PASSPORT']),
  number: z.string(),
});
