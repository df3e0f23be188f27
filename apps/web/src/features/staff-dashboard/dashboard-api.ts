import { dashboardSchema, type Dashboard } from '@promata/contracts';
import { requestJson } from '../../lib/api-client';
import { privateQueryKey } from '../auth/private-queries';
import type { SessionStore } from '../auth/session-store';

// Under the private prefix: names of visitors, dropped from the cache at sign-out.
export const dashboardQueryKey = [...privateQueryKey, 'staff-dashboard'] as const;

export type { Dashboard };

export function fetchDashboard(session: SessionStore, { signal }: { signal?: AbortSignal } = {}): Promise<Dashboard> {
  return session.authorized((accessToken) =>
    requestJson('/api/v1/dashboard', dashboardSchema, { accessToken, ...(signal ? { signal } : {}) }),
  );
}
