import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/http/app-error.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { recordAudit } from '../audit/record-audit.js';
import { updateUser } from '../users/user-repository.js';

/**
 * Approves (role PROFESSOR) or rejects the user's open request. The conditional update on the
 * PENDING row decides: of two staff members deciding at once, only one changes it; the other
 * gets 409. The user is mailed either way and, on approval, signed out so new sessions carry the role.
 */
export async function decideProfessorRequest(
  context: AppContext,
  actor: Actor,
  userId: string,
  input: { decision: 'APPROVE' | 'REJECT'; message?: string | undefined },
): Promise<void> {
  const { database, sessions, mailer, logger } = context;
  const approved = input.decision === 'APPROVE';
  const user = await database.db.transaction().execute(async (trx) => {
    const request = await trx
      .updateTable('professor_requests')
      .set({
        status: approved ? 'APPROVED' : 'REJECTED',
        message: input.message ?? null,
        decided_by: actor.userId,
        decided_at: new Date(),
      })
      .where('user_id', '=', userId)
      .where('status', '=', 'PENDING')
      .returning('id')
      .executeTakeFirst();
    if (!request) {
      const exists = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
      throw exists ? conflict({ reason: 'NO_PENDING_REQUEST' }) : notFound();
    }
    const updated = await updateUser(
      trx,
      userId,
      approved ? { role: 'PROFESSOR', professor_status: 'APPROVED' } : { professor_status: 'REJECTED' },
    );
    await recordAudit(trx, {
      actorId: actor.userId,
      action: approved ? 'professor.approved' : 'professor.rejected',
      targetType: 'professor_request',
      targetId: request.id,
      data: { userId },
    });
    return updated!;
  });
  if (approved) await sessions.revokeAllForUser(user.id);
  sendInBackground(mailer, logger, {
    to: user.email,
    locale: user.locale,
    template: approved ? 'professor-approved' : 'professor-rejected',
    data: { name: user.name, message: input.message },
  });
}
