import { z } from 'zod';

export const roles = ['GUEST', 'PROFESSOR', 'ADMIN', 'ROOT'] as const;
export type Role = (typeof roles)[number];
export const roleSchema = z.enum(roles);

/** Staff roles: they must use MFA and can reach the operational endpoints. */
export const staffRoles = ['ADMIN', 'ROOT'] as const satisfies readonly Role[];

/**
 * E-mail as stored and compared: trimmed and lower-cased, so `Ana@X.org ` and `ana@x.org` are the
 * same account (the database refuses anything else, see the users table).
 */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'must be a valid e-mail address' }));
