import {
  professorRequestPageSchema,
  userPageSchema,
  userSummarySchema,
  type inviteUserRequestSchema,
  type professorDecisionRequestSchema,
  type professorRequestSchema,
  type updateUserRequestSchema,
} from '@promata/contracts';
import type { z } from 'zod';
import { requestBlob, requestJson, requestVoid, type FileResponse } from '../../lib/api-client';
import { privateQueryKey } from '../auth/private-queries';
import type { SessionStore } from '../auth/session-store';

const apiPath = '/api/v1';

// Under the private prefix: other people's personal data, fetched with this session, must be
// dropped from the cache at sign-out like the user's own.
export const staffQueryKey = [...privateQueryKey, 'staff'] as const;
export const usersQueryKey = [...staffQueryKey, 'users'] as const;
export const professorRequestsQueryKey = [...staffQueryKey, 'professor-requests'] as const;

export type UserSummary = z.output<typeof userSummarySchema>;
export type UserPage = z.output<typeof userPageSchema>;
export type InviteUserRequest = z.output<typeof inviteUserRequestSchema>;
export type UpdateUserRequest = z.input<typeof updateUserRequestSchema>;
export type ProfessorRequest = z.output<typeof professorRequestSchema>;
export type ProfessorRequestPage = z.output<typeof professorRequestPageSchema>;
export type ProfessorDecision = z.output<typeof professorDecisionRequestSchema>;

type Signal = { signal?: AbortSignal };

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

export function fetchUsers(session: SessionStore, params: URLSearchParams, { signal }: Signal = {}): Promise<UserPage> {
  return session.authorized((accessToken) =>
    requestJson(`${apiPath}/users?${params.toString()}`, userPageSchema, { accessToken, ...withSignal(signal) }),
  );
}

/** The person gets an e-mail with a link to set their own password. */
export function inviteUser(session: SessionStore, body: InviteUserRequest): Promise<UserSummary> {
  return session.authorized((accessToken) =>
    requestJson(`${apiPath}/users`, userSummarySchema, { method: 'POST', accessToken, body }),
  );
}

/** A role change or a deactivation also ends every session of the person. */
export function updateUser(session: SessionStore, id: string, body: UpdateUserRequest): Promise<UserSummary> {
  return session.authorized((accessToken) =>
    requestJson(`${apiPath}/users/${encodeURIComponent(id)}`, userSummarySchema, {
      method: 'PATCH',
      accessToken,
      body,
    }),
  );
}

/** LGPD erasure: the account is anonymised, its booking history kept. */
export function eraseUser(session: SessionStore, id: string): Promise<void> {
  return session.authorized((accessToken) =>
    requestVoid(`${apiPath}/users/${encodeURIComponent(id)}`, { method: 'DELETE', accessToken }),
  );
}

export function fetchProfessorRequests(
  session: SessionStore,
  params: URLSearchParams,
  { signal }: Signal = {},
): Promise<ProfessorRequestPage> {
  return session.authorized((accessToken) =>
    requestJson(`${apiPath}/professor-requests?${params.toString()}`, professorRequestPageSchema, {
      accessToken,
      ...withSignal(signal),
    }),
  );
}

/** Decides the user's open request; 409 when another staff member decided it first. */
export function decideProfessorRequest(session: SessionStore, userId: string, body: ProfessorDecision): Promise<void> {
  return session.authorized((accessToken) =>
    requestVoid(`${apiPath}/users/${encodeURIComponent(userId)}/professor-verification`, {
      method: 'POST',
      accessToken,
      body,
    }),
  );
}

export function fetchDocument(session: SessionStore, id: string, { signal }: Signal = {}): Promise<FileResponse> {
  return session.authorized((accessToken) =>
    requestBlob(`${apiPath}/documents/${encodeURIComponent(id)}`, { accessToken, ...withSignal(signal) }),
  );
}
