import type { AccessTokenResponse, LoginRequest, SignUpRequest } from '@promata/contracts';
import { ApiError, requestJson, requestVoid, type RequestOptions } from '../../lib/api-client';
import { accessTokenBody } from './access-token-body';
import type { SessionStore } from './session-store';

export const authPath = '/api/v1/auth';

// Zod-free: this module is on every page's first load (the session is restored at start-up); the
// MFA calls, used only by the account pages, live in ./mfa-api with their zod schemas.

type Injected = Pick<RequestOptions, 'fetchFn' | 'signal'>;

export function signUp(body: SignUpRequest, options: Injected = {}): Promise<void> {
  return requestVoid(`${authPath}/sign-up`, { ...options, method: 'POST', body });
}

export function verifyEmail(token: string, options: Injected = {}): Promise<void> {
  return requestVoid(`${authPath}/verify-email`, { ...options, method: 'POST', body: { token } });
}

/** 401 MFA_REQUIRED means: ask for the code, then send all three again. */
export function login(body: LoginRequest, options: Injected = {}): Promise<AccessTokenResponse> {
  return requestJson(`${authPath}/login`, accessTokenBody, { ...options, method: 'POST', body });
}

/** Exchanges the refresh cookie; undefined when there is no valid session (401). */
export async function refreshSession(options: Injected = {}): Promise<AccessTokenResponse | undefined> {
  try {
    return await requestJson(`${authPath}/refresh`, accessTokenBody, { ...options, method: 'POST' });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  }
}

/** Ends this session (or all of them); the API also clears the refresh cookie. */
export function logout(session: SessionStore, everywhere: boolean): Promise<void> {
  return session.authorized((accessToken) =>
    requestVoid(`${authPath}/logout`, { method: 'POST', accessToken, body: { everywhere } }),
  );
}

/**
 * Always 202: a new link goes out only to an active, still unverified account, and neither the
 * answer nor its wording tells which (the API's enumeration rule).
 */
export function resendVerification(email: string): Promise<void> {
  return requestVoid(`${authPath}/verify-email/resend`, { method: 'POST', body: { email } });
}

export function forgotPassword(email: string): Promise<void> {
  return requestVoid(`${authPath}/password/forgot`, { method: 'POST', body: { email } });
}

/** Used by both the reset link and the staff invitation's set-password link. */
export function resetPassword(token: string, password: string): Promise<void> {
  return requestVoid(`${authPath}/password/reset`, { method: 'POST', body: { token, password } });
}

export function changePassword(session: SessionStore, currentPassword: string, newPassword: string): Promise<void> {
  return session.authorized((accessToken) =>
    requestVoid(`${authPath}/password/change`, {
      method: 'POST',
      accessToken,
      body: { currentPassword, newPassword },
    }),
  );
}
