import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { revokeReusedSession } from './revoke-reused-session.js';

/**
 * Ends the caller's session (identified by the access token, or by the refresh cookie when the
 * access token already expired), or every session of the user. Logging out twice is not an error.
 */
export async function logout(
  context: AppContext,
  input: { actor?: Actor | undefined; refreshToken?: string | undefined; everywhere: boolean },
): Promise<void> {
  const { sessions } = context;
  let sessionId = input.actor?.sessionId;
  let userId = input.actor?.userId;
  if (!sessionId && input.refreshToken) {
    // The cookie must still be the current one: a stale cookie cannot log anyone out everywhere.
    // A rotated-away one is a stolen copy, so its session ends exactly as on /auth/refresh.
    const outcome = await sessions.refresh(input.refreshToken);
    if (outcome.kind === 'reused') await revokeReusedSession(context, outcome.session);
    if (outcome.kind === 'rotated') {
      sessionId = outcome.session.id;
      userId = outcome.session.userId;
    }
  }
  if (!sessionId || !userId) return;
  if (input.everywhere) await sessions.revokeAllForUser(userId);
  else await sessions.revoke(sessionId);
}
