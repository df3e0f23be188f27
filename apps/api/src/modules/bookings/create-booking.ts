import { createHash } from 'node:crypto';
import type { Booking, createBookingRequestSchema } from '@promata/contracts';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import type { DB } from '../../platform/db/schema.js';
import { AppError, conflict } from '../../platform/http/app-error.js';
import { recordAudit } from '../audit/record-audit.js';
import { assessLines } from './assess-lines.js';
import { appendEvent, insertLines, lockExperiences, replaceParticipantRows } from './booking-repository.js';
import { findVisibleBooking, presentBooking } from './present-booking.js';
import { notifyStaffOfBooking } from './booking-mails.js';

export type CreateBookingBody = z.output<typeof createBookingRequestSchema>;
export type CreateBookingResult = { booking: Booking; replayed: boolean };

/**
 * Claims the Idempotency-Key inside the booking's transaction. The primary key (user, key) makes a
 * concurrent duplicate wait for the first transaction: if it commits, the duplicate finds its row
 * and answers that booking; if it rolls back (refused), the duplicate books on its own. A key sent
 * again with another body is refused (422): it would otherwise silently answer a different booking.
 */
async function claimKey(
  trx: Transaction<DB>,
  userId: string,
  key: string,
  requestHash: string,
): Promise<string | undefined> {
  const claimed = await trx
    .insertInto('booking_idempotency_keys')
    .values({ user_id: userId, key, request_hash: requestHash })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  if (claimed) return undefined;
  const existing = await trx
    .selectFrom('booking_idempotency_keys')
    .select(['request_hash', 'booking_id'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  if (existing.request_hash !== requestHash) throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED');
  if (!existing.booking_id) throw conflict({ reason: 'IDEMPOTENCY_KEY_IN_USE' });
  return existing.booking_id;
}

/**
 * POST /bookings. One transaction: idempotency key, the booker's role, the experiences locked in id
 * order, the occupancy of every requested day read under those locks (READ COMMITTED: each statement
 * sees what the previous lock holders committed), the calendar rules and capacity, the quote, then
 * the rows and the first timeline event. See ADR 0018 (capacity) and 0019 (idempotency).
 */
export async function createBooking(
  context: AppContext,
  actor: Actor,
  body: CreateBookingBody,
  idempotencyKey?: string,
  now = new Date(),
): Promise<CreateBookingResult> {
  const { database, metrics } = context;
  const requestHash = createHash('sha256').update(JSON.stringify(body)).digest('hex');
  const outcome = await database.db.transaction().execute(async (trx) => {
    if (idempotencyKey) {
      const replayed = await claimKey(trx, actor.userId, idempotencyKey, requestHash);
      if (replayed) return { bookingId: replayed, replayed: true };
    }
    const { quoted, totalCents, startsOn, endsOn } = await assessLines(trx, actor, body.lines, now, {
      readExperiences: (_, ids) => lockExperiences(trx, ids),
      onCapacityRefused: () => metrics.bookingCapacityRejections.inc(),
    });
    const booking = await trx
      .insertInto('bookings')
      .values({
        user_id: actor.userId,
        status: 'CREATED',
        notes: body.notes,
        total_cents: totalCents,
        starts_on: startsOn,
        ends_on: endsOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const lineIds = await insertLines(trx, booking.id, quoted);
    await replaceParticipantRows(trx, booking.id, body.participants, lineIds);
    await appendEvent(trx, {
      bookingId: booking.id,
      event: 'CREATE',
      from: null,
      to: 'CREATED',
      actorId: actor.userId,
      actorRole: 'OWNER',
    });
    if (idempotencyKey) {
      await trx
        .updateTable('booking_idempotency_keys')
        .set({ booking_id: booking.id })
        .where('user_id', '=', actor.userId)
        .where('key', '=', idempotencyKey)
        .execute();
    }
    await recordAudit(trx, {
      actorId: actor.userId,
      action: 'booking.created',
      targetType: 'booking',
      targetId: booking.id,
      data: { lines: quoted.length, totalCents },
    });
    return { bookingId: booking.id, replayed: false };
  });

  const row = await findVisibleBooking(database.db, actor, outcome.bookingId);
  const booking = await presentBooking(database.db, actor, row);
  if (!outcome.replayed) {
    metrics.bookingTransitions.inc({ from: 'none', to: 'CREATED' });
    notifyStaffOfBooking(context, booking);
  }
  return { booking, replayed: outcome.replayed };
}
