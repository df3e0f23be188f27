import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { unauthorized } from '../../platform/http/app-error.js';
import { exportOwnBookings } from '../bookings/export-bookings.js';
import { findUserById } from '../users/user-repository.js';
import { presentProfile } from './present-profile.js';

/**
 * LGPD data portability: everything the platform keeps about the caller, as JSON. Secrets (password
 * hash, MFA seed, recovery codes, token hashes) are not personal data to hand out and are omitted.
 */
export async function exportMyData(context: AppContext, actor: Actor) {
  const { database, sessions } = context;
  const user = await findUserById(database.db, actor.userId);
  if (!user?.active) throw unauthorized();
  const [documents, professorRequests, activity, liveSessions] = await Promise.all([
    database.db
      .selectFrom('documents')
      .select(['id', 'purpose', 'content_type', 'size_bytes', 'original_name', 'created_at'])
      .where('owner_id', '=', user.id)
      .orderBy('created_at')
      .execute(),
    database.db
      .selectFrom('professor_requests')
      .select(['id', 'status', 'message', 'created_at', 'decided_at'])
      .where('user_id', '=', user.id)
      .orderBy('created_at')
      .execute(),
    database.db
      .selectFrom('audit_events')
      .select(['action', 'target_type', 'created_at'])
      .where((eb) =>
        eb.or([eb('actor_id', '=', user.id), eb.and([eb('target_type', '=', 'user'), eb('target_id', '=', user.id)])]),
      )
      .orderBy('created_at')
      .execute(),
    sessions.listForUser(user.id),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    profile: presentProfile(user),
    sessions: liveSessions.map(({ id, device, ip, createdAt, lastUsedAt }) => ({
      id,
      device,
      ip,
      createdAt,
      lastUsedAt,
    })),
    documents,
    professorRequests,
    activity,
    bookings: await exportOwnBookings(context, actor),
  };
}
