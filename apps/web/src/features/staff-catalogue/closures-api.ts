import {
  closureListQuerySchema,
  closurePageSchema,
  createClosureResponseSchema,
  updateClosureResponseSchema,
  type CreateClosureRequest,
  type UpdateClosureRequest,
} from '@promata/contracts';
import type { z } from 'zod';
import { requestJson, requestVoid } from '../../lib/api-client';
import type { SessionStore } from '../auth/session-store';
import { catalogueApiPath, staffCatalogueQueryKey } from './experiences-api';

export const staffClosuresQueryKey = [...staffCatalogueQueryKey, 'closures'] as const;

export type ClosurePage = z.output<typeof closurePageSchema>;
export type CreatedClosure = z.output<typeof createClosureResponseSchema>;

export type StaffClosuresQuery = {
  from: string;
  to?: string | undefined;
  /** That experience's closures and the whole reserve's; every closure without it. */
  experienceId?: string | undefined;
  page: number;
  pageSize: number;
};

/**
 * Closures ending on or after `from` (and starting by `to`), soonest first; staff also see those
 * of inactive experiences.
 */
export function fetchStaffClosures(
  session: SessionStore,
  query: StaffClosuresQuery,
  { signal }: { signal?: AbortSignal } = {},
): Promise<ClosurePage> {
  const params = new URLSearchParams({
    from: query.from,
    ...(query.to ? { to: query.to } : {}),
    ...(query.experienceId ? { experienceId: query.experienceId } : {}),
    page: String(query.page),
    pageSize: String(query.pageSize),
  });
  // A programming error here would only show up as a 400 from the API: fail loudly instead.
  closureListQuerySchema.parse(Object.fromEntries(params));
  return session.authorized((accessToken) =>
    requestJson(`${catalogueApiPath}/closures?${params.toString()}`, closurePageSchema, {
      accessToken,
      ...(signal ? { signal } : {}),
    }),
  );
}

/** The new closure with the number of bookings holding places that overlap it. */
export function createClosure(session: SessionStore, body: CreateClosureRequest): Promise<CreatedClosure> {
  return session.authorized((accessToken) =>
    requestJson(`${catalogueApiPath}/closures`, createClosureResponseSchema, { method: 'POST', accessToken, body }),
  );
}

/** The closure as changed, with the bookings holding places in its period as it now is. */
export function updateClosure(session: SessionStore, id: string, body: UpdateClosureRequest): Promise<CreatedClosure> {
  return session.authorized((accessToken) =>
    requestJson(`${catalogueApiPath}/closures/${encodeURIComponent(id)}`, updateClosureResponseSchema, {
      method: 'PATCH',
      accessToken,
      body,
    }),
  );
}

export function deleteClosure(session: SessionStore, id: string): Promise<void> {
  return session.authorized((accessToken) =>
    requestVoid(`${catalogueApiPath}/closures/${encodeURIComponent(id)}`, { method: 'DELETE', accessToken }),
  );
}
