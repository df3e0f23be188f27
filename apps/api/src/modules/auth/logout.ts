import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';

/**
 * Ends the caller's session (identified by the access token, or by the refresh cookie when the
 * access token already expired), or every session of the user. Logging out twice is not an error.
 */
export async function logout(
  { sessions }: AppContext,
  input: { actor?: Actor | undefined; refreshToken?: string | undefined; everywhere: boolean },
): Promise<void> {
  let sessionId = input.actor?.sessionId;
  let userId = input.actor?.userId;
  if (!sessionId && input.refreshToken) {
    const id = input.refreshToken.split('.')[0] ?? '';
    const session = await sessions.get(id);
    // The cookie must still be the current one: a stale cookie cannot log anyone out everywhere.
    const outcome = session ? await sessions.refresh(input.refreshToken) : undefined;
    if (outcome?.kind === 'rotated') {
      sessionId = id;
      userId = session!.userId;
    }
  }
  if (!sessionId || !userId) return;
  if (input.everywhere) await sessions.revokeAllForUser(userId);
  else await sessions.revoke(sessionId);
}
