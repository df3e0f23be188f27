import { refreshSession } from './auth-api';
import { createSessionChannel } from './session-channel';
import { createSessionHint } from './session-hint';
import { createSessionStore, type LockManagerLike, type SessionStore } from './session-store';

function browserLocks(): LockManagerLike | undefined {
  // `navigator.locks` exists only in secure contexts (HTTPS, localhost).
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return undefined;
  return {
    // The lock is held until the callback's promise settles; `then` unwraps that promise's value.
    request: <T>(name: string, callback: () => Promise<T>) => locks.request(name, callback).then((value) => value),
  };
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The app's one session store; the access token lives only in this object's memory. */
export function createBrowserSessionStore(): SessionStore {
  return createSessionStore({
    refreshRequest: () => refreshSession(),
    locks: browserLocks(),
    hint: createSessionHint(browserStorage()),
    channel: createSessionChannel(),
  });
}
