import type { sessionListSchema } from '@promata/contracts';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';

/** The caller's signed-in devices, newest use first, marking the one this request comes from. */
export async function listMySessions(context: AppContext, actor: Actor): Promise<z.infer<typeof sessionListSchema>> {
  const sessions = await context.sessions.listForUser(actor.userId);
  return {
    items: sessions.map((s) => ({
      id: s.id,
      device: s.device,
      ip: s.ip,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      current: s.id === actor.sessionId,
    })),
  };
}
