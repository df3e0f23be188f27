import type { AccessTokenResponse } from '@promata/contracts';
import { signAccessToken } from '../../platform/auth/access-token.js';
import type { AppContext } from '../../platform/context.js';
import type { User } from '../../platform/db/schema.js';
import { presentSessionUser } from './present-session-user.js';

export type StartedSession = AccessTokenResponse & { refreshToken: string };

export type ClientInfo = { device: string; ip: string | null };

/** Opens a session for the user and answers what login returns (plus the refresh token for the cookie). */
export async function startSession(
  { sessions, secrets, config }: AppContext,
  user: User,
  input: ClientInfo & { mfaVerified: boolean },
): Promise<StartedSession> {
  const { session, refreshToken } = await sessions.create({
    userId: user.id,
    role: user.role,
    mfaVerified: input.mfaVerified,
    device: input.device,
    ip: input.ip,
  });
  const accessToken = await signAccessToken(
    secrets.jwtKey,
    { userId: user.id, sessionId: session.id },
    config.ACCESS_TOKEN_TTL_SECONDS,
  );
  return {
    accessToken,
    expiresIn: config.ACCESS_TOKEN_TTL_SECONDS,
    user: presentSessionUser(user, input.mfaVerified),
    refreshToken,
  };
}
