import type { AccessTokenResponse } from '@promata/contracts';
import type { AppContext } from '../../platform/context.js';
import type { User } from '../../platform/db/schema.js';
import { issueAccessToken } from './issue-access-token.js';
import { presentSessionUser } from './present-session-user.js';

export type StartedSession = AccessTokenResponse & { refreshToken: string };

export type ClientInfo = { device: string; ip: string | null };

/** Opens a session for the user and answers what login returns (plus the refresh token for the cookie). */
export async function startSession(
  context: AppContext,
  user: User,
  input: ClientInfo & { mfaVerified: boolean },
): Promise<StartedSession> {
  const { session, refreshToken } = await context.sessions.create({
    userId: user.id,
    role: user.role,
    mfaVerified: input.mfaVerified,
    device: input.device,
    ip: input.ip,
  });
  return {
    ...(await issueAccessToken(context, user.id, session.id)),
    user: presentSessionUser(user, input.mfaVerified),
    refreshToken,
  };
}
