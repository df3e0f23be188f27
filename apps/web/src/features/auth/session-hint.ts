import type { SessionHint } from './session-store';

/** localStorage key of the hint; holds "1" or nothing, never a token. */
export const sessionHintKey = 'promata.session';

/**
 * Whether this browser signed in and has not signed out since. The refresh cookie is httpOnly, so
 * the app cannot see it; without this flag every anonymous visit would send a refresh request
 * bound to fail with 401. Unreadable storage counts as "maybe": the refresh then tells.
 */
export function createSessionHint(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
): SessionHint {
  return {
    get() {
      try {
        return storage ? storage.getItem(sessionHintKey) === '1' : true;
      } catch {
        return true;
      }
    },
    set(present) {
      try {
        if (present) storage?.setItem(sessionHintKey, '1');
        else storage?.removeItem(sessionHintKey);
      } catch {
        // Without storage the next visit simply asks the API.
      }
    },
  };
}
