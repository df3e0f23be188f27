import type { AuditTargetType, BookingStatus, ExperienceCategory, Role } from '@promata/contracts';

/*
 * Zod-free copies of the few values of @promata/contracts that the first load of every page needs:
 * the router's search validators, the header's cart badge and staff link. Importing any value from
 * the contracts package loads its one shared chunk (zod and every schema, ~31 KB gzip) on every
 * page, public ones included; `import type` stays free. The unit test contract-values.test.ts
 * fails when a copy drifts from the package, so the contract stays the single source of truth.
 */

export const experienceCategories = [
  'TRAIL',
  'HOSTING',
  'LABORATORY',
  'EVENT',
] as const satisfies readonly ExperienceCategory[];

/** The API's longest availability range, in days (inclusive). */
export const maxAvailabilityDays = 62;

/** Days between two `YYYY-MM-DD` dates (b − a), by the calendar: no time zone, no DST. */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

export const maxBookingLines = 10;
export const maxPeoplePerLine = 500;

export const bookingStatuses = [
  'CREATED',
  'PEOPLE_REQUESTED',
  'PEOPLE_SENT',
  'PAYMENT_REQUESTED',
  'PAYMENT_SENT',
  'PAYMENT_APPROVED',
  'PAYMENT_REJECTED',
  'APPROVED',
  'CANCEL_REQUESTED',
  'REJECTED',
  'CANCELED',
  'EXPIRED',
  'COMPLETED',
] as const satisfies readonly BookingStatus[];

export const roles = ['GUEST', 'PROFESSOR', 'ADMIN', 'ROOT'] as const satisfies readonly Role[];
export const staffRoles = ['ADMIN', 'ROOT'] as const satisfies readonly Role[];
export const professorStatuses = ['NONE', 'PENDING', 'APPROVED', 'REJECTED'] as const;

export const auditTargetTypes = [
  'user',
  'document',
  'professor_request',
  'booking',
  'experience',
  'closure',
  'highlight',
] as const satisfies readonly AuditTargetType[];
