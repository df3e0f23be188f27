import { canEndSession, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';

/** Signs one of the caller's devices out. Someone else's session does not exist, as far as the caller is concerned. */
export async function endMySession(context: AppContext, actor: Actor, sessionId: string): Promise<void> {
  const session = await context.sessions.get(sessionId);
  if (!session || !canEndSession(actor, session)) throw notFound();
  await context.sessions.revoke(session.id);
}
