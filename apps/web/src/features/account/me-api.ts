import {
  professorRequestResponseSchema,
  profileSchema,
  sessionListSchema,
  type Profile,
  type updateProfileRequestSchema,
} from '@promata/contracts';
import { z } from 'zod';
import { requestJson, requestVoid } from '../../lib/api-client';
import { privateQueryKey } from '../auth/private-queries';
import type { SessionStore } from '../auth/session-store';

export const mePath = '/api/v1/me';

export const profileQueryKey = [...privateQueryKey, 'profile'] as const;
export const sessionsQueryKey = [...privateQueryKey, 'sessions'] as const;

export type UpdateProfileRequest = z.input<typeof updateProfileRequestSchema>;
export type SessionInfo = z.output<typeof sessionListSchema>['items'][number];

type Signal = { signal?: AbortSignal };

export function fetchProfile(session: SessionStore, { signal }: Signal = {}): Promise<Profile> {
  return session.authorized((accessToken) =>
    requestJson(mePath, profileSchema, { accessToken, ...(signal ? { signal } : {}) }),
  );
}

export function updateProfile(session: SessionStore, body: UpdateProfileRequest): Promise<Profile> {
  return session.authorized((accessToken) =>
    requestJson(mePath, profileSchema, { method: 'PATCH', accessToken, body }),
  );
}

export function fetchSessions(session: SessionStore, { signal }: Signal = {}): Promise<SessionInfo[]> {
  return session
    .authorized((accessToken) =>
      requestJson(`${mePath}/sessions`, sessionListSchema, { accessToken, ...(signal ? { signal } : {}) }),
    )
    .then((list) => list.items);
}

export function revokeSession(session: SessionStore, id: string): Promise<void> {
  return session.authorized((accessToken) =>
    requestVoid(`${mePath}/sessions/${encodeURIComponent(id)}`, { method: 'DELETE', accessToken }),
  );
}

/** Everything the API holds about the user, as it sends it: saved untouched, not interpreted. */
export function exportMyData(session: SessionStore): Promise<unknown> {
  return session.authorized((accessToken) => requestJson(`${mePath}/export`, z.unknown(), { accessToken }));
}

export function deleteAccount(session: SessionStore, password: string): Promise<void> {
  return session.authorized((accessToken) =>
    requestVoid(mePath, { method: 'DELETE', accessToken, body: { password } }),
  );
}

export function requestProfessorVerification(session: SessionStore, document: File): Promise<void> {
  return session.authorized(async (accessToken) => {
    // A new FormData per attempt: the retry after a refresh sends the same file again.
    const body = new FormData();
    body.append('document', document, document.name);
    await requestJson(`${mePath}/professor-request`, professorRequestResponseSchema, {
      method: 'POST',
      accessToken,
      body,
    });
  });
}
