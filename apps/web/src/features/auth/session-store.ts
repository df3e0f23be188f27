import type { AccessTokenResponse, SessionUser } from '@promata/contracts';
import { ApiError } from '../../lib/api-client';

export type SessionState =
  /** At start, until the silent refresh tells whether a session exists. */
  | { status: 'restoring' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; user: SessionUser; accessToken: string; expiresAt: number };

/** The part of the Web Locks API the store needs; `navigator.locks` in browsers. */
export type LockManagerLike = {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
};

/** A non-secret flag remembering whether this browser probably holds a refresh cookie. */
export type SessionHint = {
  get(): boolean;
  set(present: boolean): void;
};

export type SessionEvent = 'signed-in' | 'signed-out';

/** Tells the other tabs of this browser about sign-in and sign-out. */
export type SessionChannel = {
  post(event: SessionEvent): void;
  listen(listener: (event: SessionEvent) => void): void;
};

export type SessionStoreDependencies = {
  /** POST /auth/refresh: the new token, or undefined when there is no session (401). */
  refreshRequest: () => Promise<AccessTokenResponse | undefined>;
  locks?: LockManagerLike | undefined;
  hint?: SessionHint | undefined;
  channel?: SessionChannel | undefined;
  now?: () => number;
};

export type SessionStore = {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Restores the session at start (once); resolves when the state is no longer `restoring`. */
  ready(): Promise<SessionState>;
  /** After login or MFA confirmation: a fresh access token and who it belongs to. */
  signIn(response: AccessTokenResponse): void;
  /** Forgets the session locally (the API call that ends it is the caller's business). */
  signOut(): void;
  /** After a profile change, so the header shows the new name at once. */
  updateUser(change: Partial<SessionUser>): void;
  /** Exchanges the refresh cookie for a new access token; never rejects. */
  refresh(): Promise<SessionState>;
  /**
   * Runs a request with a valid access token: refreshed first when about to expire, and retried
   * once after a refresh when the API answers 401 for an expired or revoked token.
   */
  authorized<T>(send: (accessToken: string) => Promise<T>): Promise<T>;
};

/** Name of the Web Lock that serialises refreshes across the tabs of one browser. */
export const refreshLockName = 'promata-refresh';

/** Refresh this long before expiry, so a request never leaves with a token about to die. */
export const refreshMarginMs = 30_000;

/**
 * 401 codes that are answers about what the user typed (wrong password, code needed), not about
 * the access token: refreshing cannot change them, and retrying would repeat a failed attempt.
 */
const credentialErrorCodes: readonly string[] = ['INVALID_CREDENTIALS', 'MFA_REQUIRED', 'MFA_INVALID'];

export function isExpiredSessionError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && !credentialErrorCodes.includes(error.code);
}

export function notSignedInError(): ApiError {
  return new ApiError('not signed in', 401, 'UNAUTHORIZED');
}

export function createSessionStore(dependencies: SessionStoreDependencies): SessionStore {
  const { refreshRequest, locks, hint, channel } = dependencies;
  const now = dependencies.now ?? Date.now;
  const listeners = new Set<() => void>();
  let state: SessionState = { status: 'restoring' };
  let refreshing: Promise<SessionState> | undefined;
  let restoring: Promise<SessionState> | undefined;
  // Bumped by every sign-in and sign-out: a refresh that started before one of them must not
  // overwrite its outcome (e.g. bring back a session the user has just ended).
  let generation = 0;

  const setState = (next: SessionState): void => {
    state = next;
    for (const listener of listeners) listener();
  };

  const authenticate = (response: AccessTokenResponse): void => {
    hint?.set(true);
    setState({
      status: 'authenticated',
      user: response.user,
      accessToken: response.accessToken,
      expiresAt: now() + response.expiresIn * 1000,
    });
  };

  const forget = (): void => {
    hint?.set(false);
    setState({ status: 'anonymous' });
  };

  const refreshOnce = async (): Promise<SessionState> => {
    const started = generation;
    try {
      const response = await refreshRequest();
      if (started !== generation) return state;
      if (response) authenticate(response);
      else forget();
    } catch {
      // No answer or a server error says nothing about the session: keep a token we still have
      // (it may still work) and let a later request try again. Only end "restoring".
      if (started === generation && state.status === 'restoring') setState({ status: 'anonymous' });
    }
    return state;
  };

  const refresh = (): Promise<SessionState> => {
    // One refresh at a time in this tab; the lock extends that to every tab. The refresh token
    // rotates and presenting a rotated one revokes the session, so two tabs must never send the
    // same one. Whoever gets the lock second simply refreshes again: the cookie it sends is
    // already the new one. Without the Web Locks API (insecure origins) only this tab is covered.
    refreshing ??= (locks ? locks.request(refreshLockName, refreshOnce) : refreshOnce()).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };

  const setAnonymousIfRestoring = (): SessionState => {
    if (state.status === 'restoring') setState({ status: 'anonymous' });
    return state;
  };

  const ready = (): Promise<SessionState> => {
    if (state.status !== 'restoring') return Promise.resolve(state);
    // Without the hint there is no cookie to exchange: skip a request that could only answer 401.
    restoring ??= hint && !hint.get() ? Promise.resolve(setAnonymousIfRestoring()) : refresh();
    return restoring;
  };

  const validAccessToken = async (): Promise<string | undefined> => {
    let current = await ready();
    if (current.status === 'authenticated' && current.expiresAt - now() < refreshMarginMs) current = await refresh();
    return current.status === 'authenticated' ? current.accessToken : undefined;
  };

  channel?.listen((event) => {
    if (event === 'signed-out') {
      generation += 1;
      forget();
    } else if (state.status !== 'authenticated') {
      // Another tab signed in: the shared cookie now holds a session this tab can use.
      void refresh();
    }
  });

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready,
    signIn(response) {
      generation += 1;
      authenticate(response);
      channel?.post('signed-in');
    },
    signOut() {
      generation += 1;
      forget();
      channel?.post('signed-out');
    },
    updateUser(change) {
      if (state.status !== 'authenticated') return;
      setState({ ...state, user: { ...state.user, ...change } });
    },
    refresh,
    async authorized(send) {
      const token = await validAccessToken();
      if (!token) throw notSignedInError();
      try {
        return await send(token);
      } catch (error) {
        if (!isExpiredSessionError(error)) throw error;
        // Another request may have refreshed while this one was in flight: then its token is
        // enough, and refreshing again would only rotate the cookie once more.
        const current = state.status === 'authenticated' && state.accessToken !== token ? state : await refresh();
        // A failed refresh leaves the same token (or none): retrying would only repeat the 401.
        if (current.status !== 'authenticated' || current.accessToken === token) throw error;
        return send(current.accessToken);
      }
    },
  };
}
