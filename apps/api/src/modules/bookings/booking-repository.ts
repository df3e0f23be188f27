import type { BookingEvent, BookingStatus, BookingTimelineEvent, ParticipantRequest } from '@promata/contracts';
import { sql, type Transaction } from 'kysely';
import type { BookingActorRole, DB } from '../../platform/db/schema.js';
import { experienceColumns, type ExperienceRow } from '../experiences/experience-repository.js';
import type { Executor } from '../catalogue/executor.js';
import type { QuotedLine } from './booking-line-rules.js';

/** Repository of the booking tables; every write takes the caller's transaction. */

/**
 * Locks the experiences until the transaction ends, in id order: two bookings of one experience
 * queue here (so the second reads the first's lines), bookings of different experiences do not
 * wait for each other, and the fixed order means two multi-line bookings cannot deadlock.
 */
export async function lockExperiences(
  trx: Transaction<DB>,
  ids: readonly string[],
): Promise<Map<string, ExperienceRow>> {
  const unique = [...new Set(ids)].sort();
  const rows = await trx
    .selectFrom('experiences')
    .select(experienceColumns)
    .where('id', 'in', unique)
    .orderBy('id')
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** The same rows without a lock, for a quote (nothing is written after it). */
export async function readExperiences(db: Executor, ids: readonly string[]): Promise<Map<string, ExperienceRow>> {
  const rows = await db
    .selectFrom('experiences')
    .select(experienceColumns)
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export type TimelineEntry = {
  bookingId: string;
  event: BookingTimelineEvent | BookingEvent;
  from: BookingStatus | null;
  to: BookingStatus;
  actorId: string | null;
  actorRole: BookingActorRole;
  message?: string | null;
  documentId?: string | null;
};

/** Appends one timeline entry and returns its id (a price adjustment's detail row refers to it). */
export async function appendEvent(trx: Transaction<DB>, entry: TimelineEntry): Promise<number> {
  const row = await trx
    .insertInto('booking_events')
    .values({
      booking_id: entry.bookingId,
      event: entry.event,
      from_status: entry.from,
      to_status: entry.to,
      actor_id: entry.actorId,
      actor_role: entry.actorRole,
      message: entry.message?.trim() || null,
      document_id: entry.documentId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Inserts the lines in their order and returns their ids by position. */
export async function insertLines(trx: Transaction<DB>, bookingId: string, lines: readonly QuotedLine[]) {
  const rows = await trx
    .insertInto('booking_lines')
    .values(
      lines.map((line) => ({
        booking_id: bookingId,
        experience_id: line.experienceId,
        start_date: line.startDate,
        end_date: line.endDate,
        people: line.people,
        unit_price_cents: line.unitPriceCents,
        total_cents: line.totalCents,
        position: line.position,
      })),
    )
    .returning(['id', 'position'])
    .execute();
  return rows.sort((a, b) => a.position - b.position).map((row) => row.id);
}

/**
 * Replaces the participants of a booking (none on creation) and their line assignments. The
 * unique (booking, document) constraint refuses a duplicate whatever the caller checked.
 */
export async function replaceParticipantRows(
  trx: Transaction<DB>,
  bookingId: string,
  participants: readonly ParticipantRequest[],
  lineIds: readonly string[],
): Promise<void> {
  await trx.deleteFrom('booking_participants').where('booking_id', '=', bookingId).execute();
  if (participants.length === 0) return;
  const rows = await trx
    .insertInto('booking_participants')
    .values(
      participants.map((p, position) => ({
        booking_id: bookingId,
        position,
        name: p.name,
        document_type: p.document.type,
        document_number: p.document.number,
        birth_date: p.birthDate,
        gender: p.gender,
        phone: p.phone,
      })),
    )
    .returning(['id', 'position'])
    .execute();
  const idByPosition = new Map(rows.map((row) => [row.position, row.id]));
  const assignments = participants.flatMap((p, position) =>
    [...new Set(p.lines)].map((line) => ({ participant_id: idByPosition.get(position)!, line_id: lineIds[line]! })),
  );
  await trx.insertInto('booking_participant_lines').values(assignments).execute();
}

/** Lines of a booking in order, with the people assigned to each (for counts and guards). */
export async function lineAssignmentCounts(trx: Transaction<DB>, bookingId: string) {
  return trx
    .selectFrom('booking_lines as l')
    .leftJoin('booking_participant_lines as pl', 'pl.line_id', 'l.id')
    .select(['l.id', 'l.position', 'l.people', sql<number>`count(pl.participant_id)::int`.as('assigned')])
    .where('l.booking_id', '=', bookingId)
    .groupBy(['l.id', 'l.position', 'l.people'])
    .orderBy('l.position')
    .execute();
}
