import type { AccessTokenResponse, SessionUser } from '@promata/contracts';
import { describe, expect, it, vi } from 'vitest';
import {
  createSessionStore,
  isExpiredSessionError,
  refreshLockName,
  refreshMarginMs,
  type LockManagerLike,
  type SessionChannel,
  type SessionEvent,
  type SessionHint,
} from '../../src/features/auth/session-store';
import { ApiError } from '../../src/lib/api-client';

const user: SessionUser = {
  id: '5a3c1e8e-2f7b-4c1d-9a55-3c2b1d0e9f8a',
  email: 'ana@example.com',
  name: 'Ana Souza',
  role: 'GUEST',
  locale: 'pt-BR',
  emailVerified: true,
  mfaEnabled: false,
  mfaVerified: false,
};

const tokenResponse = (accessToken: string, expiresIn = 600): AccessTokenResponse => ({ accessToken, expiresIn, user });

/** A promise settled from outside, to hold a request open while the test looks around. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** An exclusive lock shared by several "tabs": callbacks run one after the other, in order. */
function fakeLocks() {
  let tail: Promise<unknown> = Promise.resolve();
  const names: string[] = [];
  const locks: LockManagerLike = {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      names.push(name);
      const run = tail.then(callback, callback);
      tail = run.catch(() => undefined);
      return run;
    },
  };
  return { locks, names };
}

/**
 * The API's refresh endpoint over one shared cookie jar: each refresh rotates the token, and
 * presenting a token that was already rotated away revokes the whole session (reuse detection).
 */
function fakeRefreshServer() {
  let cookie: string | undefined = 'refresh-0';
  const rotated = new Set<string>();
  let issued = 0;
  let revoked = false;
  const request = async (): Promise<AccessTokenResponse | undefined> => {
    const presented = cookie;
    await flush(); // the network: other tabs may run meanwhile
    if (!presented || revoked) return undefined;
    if (rotated.has(presented)) {
      revoked = true;
      cookie = undefined;
      return undefined;
    }
    rotated.add(presented);
    issued += 1;
    cookie = `refresh-${issued}`;
    return tokenResponse(`access-${issued}`);
  };
  return {
    request,
    get revoked() {
      return revoked;
    },
    get issued() {
      return issued;
    },
  };
}

function memoryHint(initial: boolean): SessionHint & { value: boolean } {
  const hint = {
    value: initial,
    get: () => hint.value,
    set: (present: boolean) => {
      hint.value = present;
    },
  };
  return hint;
}

/** BroadcastChannel between tabs: a message reaches every other tab, not the sender. */
function fakeChannels() {
  const listeners: { owner: number; listener: (event: SessionEvent) => void }[] = [];
  let next = 0;
  return () => {
    const owner = (next += 1);
    const channel: SessionChannel = {
      post: (event) => {
        for (const entry of listeners) if (entry.owner !== owner) entry.listener(event);
      },
      listen: (listener) => void listeners.push({ owner, listener }),
    };
    return channel;
  };
}

const unauthorized = () => new ApiError('You need to sign in.', 401, 'UNAUTHORIZED');

describe('session restore at start', () => {
  it('asks nothing when this browser never signed in (no hint): anonymous at once', async () => {
    const refreshRequest = vi.fn(async () => tokenResponse('a'));
    const store = createSessionStore({ refreshRequest, hint: memoryHint(false) });
    expect(store.getState()).toEqual({ status: 'restoring' });
    await expect(store.ready()).resolves.toEqual({ status: 'anonymous' });
    expect(refreshRequest).not.toHaveBeenCalled();
  });

  it('refreshes once when a session may exist, however many callers wait', async () => {
    const refreshRequest = vi.fn(async () => tokenResponse('a', 600));
    const store = createSessionStore({ refreshRequest, hint: memoryHint(true), now: () => 1_000 });
    const [first, second] = await Promise.all([store.ready(), store.ready()]);
    expect(refreshRequest).toHaveBeenCalledTimes(1);
    expect(first).toEqual({ status: 'authenticated', user, accessToken: 'a', expiresAt: 601_000 });
    expect(second).toBe(first);
    await store.ready();
    expect(refreshRequest).toHaveBeenCalledTimes(1);
  });

  it('is anonymous and forgets the hint when the refresh cookie is refused (401)', async () => {
    const hint = memoryHint(true);
    const store = createSessionStore({ refreshRequest: async () => undefined, hint });
    await expect(store.ready()).resolves.toEqual({ status: 'anonymous' });
    expect(hint.value).toBe(false);
  });

  it('is anonymous for now but keeps the hint when the API cannot be reached', async () => {
    const hint = memoryHint(true);
    const store = createSessionStore({
      refreshRequest: () => Promise.reject(new ApiError('no response', undefined, 'NETWORK_ERROR')),
      hint,
    });
    await expect(store.ready()).resolves.toEqual({ status: 'anonymous' });
    expect(hint.value).toBe(true);
  });

  it('notifies subscribers of every change', async () => {
    const store = createSessionStore({ refreshRequest: async () => tokenResponse('a'), hint: memoryHint(true) });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    await store.ready();
    expect(listener).toHaveBeenCalledTimes(1);
    store.updateUser({ name: 'Ana S.' });
    expect(store.getState()).toMatchObject({ user: { name: 'Ana S.' } });
    unsubscribe();
    store.signOut();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('refresh serialisation', () => {
  it('sends one refresh for concurrent callers in one tab, under the shared lock', async () => {
    const { locks, names } = fakeLocks();
    const refreshRequest = vi.fn(async () => {
      await flush();
      return tokenResponse('b');
    });
    const store = createSessionStore({ refreshRequest, locks });
    const results = await Promise.all([store.refresh(), store.refresh(), store.refresh()]);
    expect(refreshRequest).toHaveBeenCalledTimes(1);
    expect(names).toEqual([refreshLockName]);
    expect(new Set(results).size).toBe(1);
    // Once settled, a later refresh is a new request.
    await store.refresh();
    expect(refreshRequest).toHaveBeenCalledTimes(2);
  });

  it('lets two tabs refresh at the same moment without replaying a rotated token', async () => {
    const server = fakeRefreshServer();
    const { locks } = fakeLocks();
    const tabA = createSessionStore({ refreshRequest: server.request, locks });
    const tabB = createSessionStore({ refreshRequest: server.request, locks });
    const [a, b] = await Promise.all([tabA.refresh(), tabB.refresh()]);
    expect(server.revoked).toBe(false);
    expect(server.issued).toBe(2);
    // The second tab, once it had the lock, sent the cookie the first one had just received.
    expect(a).toMatchObject({ status: 'authenticated', accessToken: 'access-1' });
    expect(b).toMatchObject({ status: 'authenticated', accessToken: 'access-2' });
  });

  it('(why the lock exists) without it, two tabs replay the same token and lose the session', async () => {
    const server = fakeRefreshServer();
    const tabA = createSessionStore({ refreshRequest: server.request });
    const tabB = createSessionStore({ refreshRequest: server.request });
    const states = await Promise.all([tabA.refresh(), tabB.refresh()]);
    expect(server.revoked).toBe(true);
    expect(states.map((state) => state.status)).toContain('anonymous');
  });

  it('does not bring back a session signed out while its refresh was in flight', async () => {
    const pending = deferred<AccessTokenResponse | undefined>();
    const store = createSessionStore({ refreshRequest: () => pending.promise });
    store.signIn(tokenResponse('old'));
    const refreshing = store.refresh();
    store.signOut();
    pending.resolve(tokenResponse('new'));
    await refreshing;
    expect(store.getState()).toEqual({ status: 'anonymous' });
  });
});

describe('authorized requests', () => {
  it('sends the current access token', async () => {
    const store = createSessionStore({ refreshRequest: async () => undefined, hint: memoryHint(false) });
    store.signIn(tokenResponse('a'));
    const send = vi.fn(async (token: string) => `sent with ${token}`);
    await expect(store.authorized(send)).resolves.toBe('sent with a');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('refuses to send without a session', async () => {
    const store = createSessionStore({ refreshRequest: async () => undefined, hint: memoryHint(false) });
    const send = vi.fn(async () => 'x');
    await expect(store.authorized(send)).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(send).not.toHaveBeenCalled();
  });

  it('refreshes first when the token is about to expire', async () => {
    let now = 0;
    const refreshRequest = vi.fn(async () => tokenResponse('fresh', 600));
    const store = createSessionStore({ refreshRequest, now: () => now });
    store.signIn(tokenResponse('old', 600));
    now = 600_000 - refreshMarginMs + 1;
    const send = vi.fn(async (token: string) => token);
    await expect(store.authorized(send)).resolves.toBe('fresh');
    expect(refreshRequest).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('on a 401 for the token, refreshes and retries once', async () => {
    const refreshRequest = vi.fn(async () => tokenResponse('fresh'));
    const store = createSessionStore({ refreshRequest });
    store.signIn(tokenResponse('revoked'));
    const send = vi.fn(async (token: string) => {
      if (token === 'revoked') throw unauthorized();
      return 'ok';
    });
    await expect(store.authorized(send)).resolves.toBe('ok');
    expect(send.mock.calls.map(([token]) => token)).toEqual(['revoked', 'fresh']);
    expect(refreshRequest).toHaveBeenCalledTimes(1);
  });

  it('gives up after one retry, and when the refresh is refused the session is over', async () => {
    const store = createSessionStore({ refreshRequest: async () => undefined });
    store.signIn(tokenResponse('revoked'));
    const send = vi.fn(async () => {
      throw unauthorized();
    });
    await expect(store.authorized(send)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(store.getState()).toEqual({ status: 'anonymous' });

    const persistent = createSessionStore({ refreshRequest: async () => tokenResponse('fresh') });
    persistent.signIn(tokenResponse('revoked'));
    const alwaysRefused = vi.fn(async () => {
      throw unauthorized();
    });
    await expect(persistent.authorized(alwaysRefused)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(alwaysRefused).toHaveBeenCalledTimes(2);
  });

  it('does not refresh for a wrong password or MFA code: those 401s are answers, not expiry', async () => {
    const refreshRequest = vi.fn(async () => tokenResponse('fresh'));
    const store = createSessionStore({ refreshRequest });
    store.signIn(tokenResponse('a'));
    for (const code of ['INVALID_CREDENTIALS', 'MFA_REQUIRED', 'MFA_INVALID']) {
      const send = vi.fn(async () => {
        throw new ApiError('refused', 401, code);
      });
      await expect(store.authorized(send)).rejects.toMatchObject({ code });
      expect(send).toHaveBeenCalledTimes(1);
    }
    expect(refreshRequest).not.toHaveBeenCalled();
  });

  it('refreshes once for several requests refused at the same time', async () => {
    const refreshRequest = vi.fn(async () => {
      await flush();
      return tokenResponse('fresh');
    });
    const store = createSessionStore({ refreshRequest });
    store.signIn(tokenResponse('revoked'));
    const send = async (token: string) => {
      await flush();
      if (token === 'revoked') throw unauthorized();
      return token;
    };
    await expect(
      Promise.all([store.authorized(send), store.authorized(send), store.authorized(send)]),
    ).resolves.toEqual(['fresh', 'fresh', 'fresh']);
    expect(refreshRequest).toHaveBeenCalledTimes(1);
  });

  it('reuses a token another request already refreshed instead of rotating again', async () => {
    const refreshRequest = vi.fn(async () => tokenResponse('fresh'));
    const store = createSessionStore({ refreshRequest });
    store.signIn(tokenResponse('revoked'));
    const gate = deferred<void>();
    const slow = store.authorized(async (token) => {
      await gate.promise;
      if (token === 'revoked') throw unauthorized();
      return token;
    });
    await flush();
    // Meanwhile another request has refreshed the session.
    await store.refresh();
    gate.resolve();
    await expect(slow).resolves.toBe('fresh');
    expect(refreshRequest).toHaveBeenCalledTimes(1);
  });
});

describe('other tabs', () => {
  it('follows a sign-out and a sign-in made in another tab', async () => {
    const channel = fakeChannels();
    const refreshRequest = vi.fn(async () => tokenResponse('from-cookie'));
    const tabA = createSessionStore({ refreshRequest, channel: channel(), hint: memoryHint(false) });
    const tabB = createSessionStore({ refreshRequest, channel: channel(), hint: memoryHint(false) });
    await Promise.all([tabA.ready(), tabB.ready()]);

    tabA.signIn(tokenResponse('a'));
    await flush();
    expect(refreshRequest).toHaveBeenCalledTimes(1);
    expect(tabB.getState()).toMatchObject({ status: 'authenticated', accessToken: 'from-cookie' });

    tabA.signOut();
    expect(tabB.getState()).toEqual({ status: 'anonymous' });
    expect(tabA.getState()).toEqual({ status: 'anonymous' });
  });
});

describe('isExpiredSessionError', () => {
  it('is a 401 that is not about the credentials typed', () => {
    expect(isExpiredSessionError(unauthorized())).toBe(true);
    expect(isExpiredSessionError(new ApiError('x', 401, 'HTTP_ERROR'))).toBe(true);
    expect(isExpiredSessionError(new ApiError('x', 401, 'INVALID_CREDENTIALS'))).toBe(false);
    expect(isExpiredSessionError(new ApiError('x', 403, 'FORBIDDEN'))).toBe(false);
    expect(isExpiredSessionError(new Error('x'))).toBe(false);
  });
});
