import { auditPageSchema, type AuditPage, type AuditTargetType } from '@promata/contracts';
import { requestJson } from '../../lib/api-client';
import { privateQueryKey } from '../auth/private-queries';
import type { SessionStore } from '../auth/session-store';

export const auditQueryKey = [...privateQueryKey, 'staff-audit'] as const;

export type { AuditPage };
export type AuditEntry = AuditPage['items'][number];

export type AuditFilter = {
  targetType?: AuditTargetType | undefined;
  targetId?: string | undefined;
  actorId?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

/** Query string of a filter, defined values only (stable, so it can be part of a query key). */
export function auditParams(filter: AuditFilter): string {
  const params = new URLSearchParams();
  for (const key of ['targetType', 'targetId', 'actorId', 'page', 'pageSize'] as const) {
    const value = filter[key];
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

export function fetchAudit(
  session: SessionStore,
  filter: AuditFilter,
  { signal }: { signal?: AbortSignal } = {},
): Promise<AuditPage> {
  return session.authorized((accessToken) =>
    requestJson(`/api/v1/audit?${auditParams(filter)}`, auditPageSchema, {
      accessToken,
      ...(signal ? { signal } : {}),
    }),
  );
}
