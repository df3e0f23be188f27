import type { AuditTargetType } from '@promata/contracts';
import { auditTargetTypes } from '../../lib/contract-values';

/** The audit page's filters as they live in the address bar (`/staff/audit?targetType=booking`). */
export type AuditSearch = {
  targetType?: AuditTargetType | undefined;
  targetId?: string | undefined;
  actorId?: string | undefined;
  page?: number | undefined;
};

/** Rows per page of the audit trail. */
export const auditPageSize = 25;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isAuditTargetType = (value: unknown): value is AuditTargetType =>
  (auditTargetTypes as readonly unknown[]).includes(value);

export const isUuid = (value: unknown): value is string => typeof value === 'string' && uuidPattern.test(value);

/** Anything in the address, reduced to valid filters (an invalid value is dropped, not sent). */
export function validateAuditSearch(search: Record<string, unknown>): AuditSearch {
  const targetType = isAuditTargetType(search.targetType) ? search.targetType : undefined;
  const page = typeof search.page === 'number' ? search.page : Number(search.page);
  return {
    targetType,
    targetId: isUuid(search.targetId) ? search.targetId.toLowerCase() : undefined,
    actorId: isUuid(search.actorId) ? search.actorId.toLowerCase() : undefined,
    page: Number.isSafeInteger(page) && page > 1 ? page : undefined,
  };
}

/** Pages needed for a total (at least one, so "page 1 of 1" never reads "of 0"). */
export const pageCount = (total: number, pageSize: number): number => Math.max(1, Math.ceil(total / pageSize));
