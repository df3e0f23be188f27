import type { AccessTokenResponse } from '@promata/contracts';
import type { AppContext } from '../../platform/context.js';
import { unauthorized } from '../../platform/http/app-error.js';
import { findUserById } from '../users/user-repository.js';
import { issueAccessToken } from './issue-access-token.js';
import { presentSessionUser } from './present-session-user.js';
import { revokeReusedSession } from './revoke-reused-session.js';

/**
 * Exchanges a refresh token for a new access token and a new refresh token. A token that was
 * already rotated away is evidence of theft (the legitimate client and an attacker both hold it):
 * the whole session is revoked and both are signed out.
 */
export async function refreshSession(
  context: AppContext,
  refreshToken: string | undefined,
): Promise<AccessTokenResponse & { refreshToken: string }> {
  if (!refreshToken) throw unauthorized();
  const outcome = await context.sessions.refresh(refreshToken);
  if (outcome.kind === 'invalid') throw unauthorized();
  if (outcome.kind === 'reused') {
    await revokeReusedSession(context, outcome.session);
    throw unauthorized();
  }
  const { session } = outcome;
  const user = await findUserById(context.database.db, session.userId);
  if (!user?.active) {
    await context.sessions.revoke(session.id);
    throw unauthorized();
  }
  return {
    ...(await issueAccessToken(context, user.id, session.id)),
    user: presentSessionUser(user, session.mfaVerified),
    refreshToken: outcome.refreshToken,
  };
}
