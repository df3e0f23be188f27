import { jwtVerify, SignJWT } from 'jose';

const issuer = 'promata';
const audience = 'promata-api';

export type AccessClaims = { userId: string; sessionId: string };

/** A short-lived HS256 token naming the user and the session; everything else is read from the session. */
export async function signAccessToken(key: Uint8Array, claims: AccessClaims, ttlSeconds: number): Promise<string> {
  return new SignJWT({ sid: claims.sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(key);
}

/**
 * Verifies signature, algorithm (HS256 only: `alg: none` and key-confusion tokens are refused),
 * issuer, audience and expiry. Undefined for any invalid token; the reason is not the client's business.
 */
export async function verifyAccessToken(key: Uint8Array, token: string): Promise<AccessClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], issuer, audience, clockTolerance: 5 });
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return undefined;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch {
    return undefined;
  }
}
