import type { QueryClient } from '@tanstack/react-query';
import type { SessionStore } from './session-store';

/** Prefix of every query holding the signed-in user's data (`['me', 'profile']`, …). */
export const privateQueryKey = ['me'] as const;

/**
 * Drops the user's cached data the moment the session ends, so the next person at this computer
 * (or the next account) never sees it, not even for a render.
 */
export function clearPrivateQueriesOnSignOut(session: SessionStore, queryClient: QueryClient): () => void {
  return session.subscribe(() => {
    if (session.getState().status === 'anonymous') queryClient.removeQueries({ queryKey: privateQueryKey });
  });
}
