import { randomUUID } from 'node:crypto';
import { bookingDocumentFieldsSchema, type bookingDocumentUploadResponseSchema } from '@promata/contracts';
import type { z } from 'zod';
import { canSeeOwnedBy, isStaff, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/http/app-error.js';
import type { Upload } from '../../platform/uploads/read-upload.js';
import { validationFailed } from '../catalogue/validation-failed.js';
import { applyTransition, lockBooking } from './apply-transition.js';
import { notifyTransition } from './booking-mails.js';
import { findRule, openStatuses, rolesOf } from './booking-workflow.js';
import { findVisibleBooking, presentBooking } from './present-booking.js';

type UploadResponse = z.input<typeof bookingDocumentUploadResponseSchema>;

/**
 * POST /bookings/:id/documents. The file is stored first under a fresh key, then the document row
 * (owned by the booking's owner, so they can read what staff attach) and, for a payment proof the
 * owner sends while payment is awaited, the SEND_PAYMENT_PROOF transition with the file attached:
 * one transaction, and a refusal deletes the stored file so nothing is left orphaned.
 */
export async function addBookingDocument(
  context: AppContext,
  actor: Actor,
  bookingId: string,
  upload: Upload,
  now = new Date(),
): Promise<UploadResponse> {
  const { database, storage, metrics } = context;
  const fields = bookingDocumentFieldsSchema.safeParse(upload.fields);
  if (!fields.success) throw validationFailed(fields.error.issues);
  const { kind, message } = fields.data;
  const staff = isStaff(actor);

  const storageKey = `documents/${randomUUID()}`;
  await storage.put(storageKey, upload.buffer, upload.contentType);
  let outcome;
  try {
    outcome = await database.db.transaction().execute(async (trx) => {
      const booking = await lockBooking(trx, bookingId);
      if (!booking || !canSeeOwnedBy(actor, booking.user_id)) throw notFound();
      if (!(openStatuses as readonly string[]).includes(booking.status)) {
        throw conflict({ reason: 'BOOKING_CLOSED', status: booking.status });
      }
      const document = await trx
        .insertInto('documents')
        .values({
          owner_id: booking.user_id,
          booking_id: booking.id,
          purpose: kind,
          storage_key: storageKey,
          content_type: upload.contentType,
          size_bytes: upload.size,
          sha256: upload.sha256,
          original_name: upload.originalName,
        })
        .returning(['id', 'purpose', 'content_type', 'size_bytes', 'original_name', 'created_at'])
        .executeTakeFirstOrThrow();
      // The owner's proof fires the transition whenever the workflow table allows it from here.
      const roles = rolesOf(actor, booking.user_id, staff);
      const fires = kind === 'PAYMENT_PROOF' && findRule(booking.status, 'SEND_PAYMENT_PROOF', roles) !== undefined;
      const change = fires
        ? await applyTransition(trx, booking, {
            event: 'SEND_PAYMENT_PROOF',
            roles,
            actorId: actor.userId,
            message,
            documentId: document.id,
            now,
          })
        : undefined;
      return { document, change, userId: booking.user_id };
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }

  const booking = await presentBooking(database.db, actor, await findVisibleBooking(database.db, actor, bookingId));
  if (outcome.change) {
    metrics.bookingTransitions.inc({ from: outcome.change.from, to: outcome.change.to });
    notifyTransition(context, { id: bookingId, userId: outcome.userId }, outcome.change, message);
  }
  const { document } = outcome;
  return {
    document: {
      id: document.id,
      kind: document.purpose === 'PAYMENT_PROOF' ? 'PAYMENT_PROOF' : 'BOOKING_DOCUMENT',
      contentType: document.content_type,
      sizeBytes: document.size_bytes,
      originalName: document.original_name,
      createdAt: document.created_at.toISOString(),
    },
    booking,
    transitioned: outcome.change !== undefined,
  };
}
