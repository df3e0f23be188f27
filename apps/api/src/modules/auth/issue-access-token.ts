import { signAccessToken } from '../../platform/auth/access-token.js';
import type { AppContext } from '../../platform/context.js';

/** The `{ accessToken, expiresIn }` part of every answer that signs a user in. */
export async function issueAccessToken(
  { secrets, config }: AppContext,
  userId: string,
  sessionId: string,
): Promise<{ accessToken: string; expiresIn: number }> {
  const ttl = config.ACCESS_TOKEN_TTL_SECONDS;
  return { accessToken: await signAccessToken(secrets.jwtKey, { userId, sessionId }, ttl), expiresIn: ttl };
}
