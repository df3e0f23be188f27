import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, unauthorized } from '../../platform/http/app-error.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import type { Upload } from '../../platform/uploads/read-upload.js';
import { recordAudit } from '../audit/record-audit.js';
import { findUserById, updateUser } from '../users/user-repository.js';

/**
 * A visitor asks to be verified as a professor with a credential document. The file is stored
 * first under a fresh key; the rows (document, request, status) are one transaction, and the
 * partial unique index refuses a second open request even under concurrent submissions. A refused
 * request deletes the stored file so nothing is left orphaned.
 */
export async function requestProfessorVerification(context: AppContext, actor: Actor, upload: Upload): Promise<void> {
  const { database, storage, mailer, logger, config } = context;
  const user = await findUserById(database.db, actor.userId);
  if (!user?.active) throw unauthorized();
  if (user.role !== 'GUEST') throw conflict({ reason: 'NOT_A_VISITOR' });
  if (user.professor_status === 'PENDING') throw conflict({ reason: 'REQUEST_PENDING' });

  const storageKey = `documents/${randomUUID()}`;
  await storage.put(storageKey, upload.buffer, upload.contentType);
  try {
    await database.db.transaction().execute(async (trx) => {
      const document = await trx
        .insertInto('documents')
        .values({
          owner_id: user.id,
          purpose: 'PROFESSOR_CREDENTIAL',
          storage_key: storageKey,
          content_type: upload.contentType,
          size_bytes: upload.size,
          sha256: upload.sha256,
          original_name: upload.originalName,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const request = await trx
        .insertInto('professor_requests')
        .values({ user_id: user.id, document_id: document.id })
        .onConflict((oc) => oc.column('user_id').where('status', '=', 'PENDING').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!request) throw conflict({ reason: 'REQUEST_PENDING' });
      await updateUser(trx, user.id, { professor_status: 'PENDING' });
      await recordAudit(trx, {
        actorId: user.id,
        action: 'professor.requested',
        targetType: 'professor_request',
        targetId: request.id,
      });
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }

  const staff = await database.db
    .selectFrom('users')
    .select(['email', 'name', 'locale'])
    .where('role', 'in', ['ADMIN', 'ROOT'])
    .where('active', '=', true)
    .execute();
  for (const member of staff) {
    sendInBackground(mailer, logger, {
      to: member.email,
      locale: member.locale,
      template: 'professor-request-received',
      data: {
        name: member.name,
        applicantName: user.name,
        applicantEmail: user.email,
        url: `${config.PUBLIC_URL}/staff/professor-requests`,
      },
    });
  }
}
