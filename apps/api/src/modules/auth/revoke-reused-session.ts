import type { AppContext } from '../../platform/context.js';
import type { Session } from './session-store.js';

/**
 * A refresh token that was already rotated away is evidence of theft (the legitimate client and an
 * attacker both hold it): the whole session ends, wherever the token was presented.
 */
export async function revokeReusedSession(context: AppContext, session: Session): Promise<void> {
  await context.sessions.revoke(session.id);
  context.metrics.refreshReuse.inc();
  context.logger.warn({ userId: session.userId, sessionId: session.id }, 'refresh token reuse; session revoked');
}
