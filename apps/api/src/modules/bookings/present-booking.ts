import type { Booking } from '@promata/contracts';
import { canSeeOwnedBy, isStaff, type Actor } from '../../platform/auth/policy.js';
import type { BookingStatus } from '../../platform/db/schema.js';
import { notFound } from '../../platform/http/app-error.js';
import type { Executor } from '../catalogue/executor.js';
import { allowedEvents, rolesOf } from './booking-workflow.js';

const bookingColumns = [
  'b.id',
  'b.user_id',
  'b.status',
  'b.notes',
  'b.total_cents',
  'b.starts_on',
  'b.ends_on',
  'b.payment_deadline',
  'b.status_before_cancel_request',
  'b.created_at',
  'b.updated_at',
  'u.name as owner_name',
  'u.email as owner_email',
] as const;

export type BookingRow = {
  id: string;
  user_id: string;
  status: BookingStatus;
  notes: string | null;
  total_cents: number;
  starts_on: string | null;
  ends_on: string | null;
  payment_deadline: Date | null;
  status_before_cancel_request: BookingStatus | null;
  created_at: Date;
  updated_at: Date;
  owner_name: string;
  owner_email: string;
};

/** The booking if the actor may see it (owner or staff); 404 otherwise, exactly like an unknown id. */
export async function findVisibleBooking(db: Executor, actor: Actor, id: string): Promise<BookingRow> {
  const row = await db
    .selectFrom('bookings as b')
    .innerJoin('users as u', 'u.id', 'b.user_id')
    .select(bookingColumns)
    .where('b.id', '=', id)
    .executeTakeFirst();
  if (!row || !canSeeOwnedBy(actor, row.user_id)) throw notFound();
  return row;
}

/** The whole booking as `GET /bookings/:id` answers it: five statements whatever its size. */
export async function presentBooking(db: Executor, actor: Actor, row: BookingRow): Promise<Booking> {
  const lines = await db
    .selectFrom('booking_lines as l')
    .innerJoin('experiences as e', 'e.id', 'l.experience_id')
    .select([
      'l.id',
      'l.experience_id',
      'l.start_date',
      'l.end_date',
      'l.people',
      'l.unit_price_cents',
      'l.total_cents',
      'l.quoted_total_cents',
      'l.position',
      'e.name_pt',
      'e.name_en',
      'e.category',
    ])
    .where('l.booking_id', '=', row.id)
    .orderBy('l.position')
    .execute();
  const participants = await db
    .selectFrom('booking_participants')
    .selectAll()
    .where('booking_id', '=', row.id)
    .orderBy('position')
    .execute();
  const assignments = participants.length
    ? await db
        .selectFrom('booking_participant_lines')
        .select(['participant_id', 'line_id'])
        .where(
          'participant_id',
          'in',
          participants.map((p) => p.id),
        )
        .execute()
    : [];
  const documents = await db
    .selectFrom('documents')
    .select(['id', 'purpose', 'content_type', 'size_bytes', 'original_name', 'created_at'])
    .where('booking_id', '=', row.id)
    .orderBy('created_at')
    .execute();

  const lineIndex = new Map(lines.map((l, i) => [l.id, i]));
  // Rows written before migration 0006 have no stored span: it is the lines' span.
  const starts = lines.map((l) => l.start_date).sort();
  const ends = lines.map((l) => l.end_date).sort();
  return {
    id: row.id,
    status: row.status,
    owner: { id: row.user_id, name: row.owner_name, email: row.owner_email },
    notes: row.notes,
    totalCents: row.total_cents,
    startDate: row.starts_on ?? starts[0] ?? '',
    endDate: row.ends_on ?? ends.at(-1) ?? '',
    paymentDeadline: row.payment_deadline?.toISOString() ?? null,
    lines: lines.map((l) => ({
      id: l.id,
      experienceId: l.experience_id,
      experienceName: { pt: l.name_pt, en: l.name_en },
      category: l.category,
      startDate: l.start_date,
      endDate: l.end_date,
      people: l.people,
      unitPriceCents: l.unit_price_cents,
      totalCents: l.total_cents,
      quotedTotalCents: l.quoted_total_cents,
    })),
    participants: participants.map((p) => ({
      id: p.id,
      name: p.name,
      document: { type: p.document_type, number: p.document_number },
      birthDate: p.birth_date,
      gender: p.gender,
      phone: p.phone,
      lines: assignments
        .filter((a) => a.participant_id === p.id)
        .map((a) => lineIndex.get(a.line_id)!)
        .sort((a, b) => a - b),
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.purpose === 'PAYMENT_PROOF' ? 'PAYMENT_PROOF' : 'BOOKING_DOCUMENT',
      contentType: d.content_type,
      sizeBytes: d.size_bytes,
      originalName: d.original_name,
      createdAt: d.created_at.toISOString(),
    })),
    allowedEvents: allowedEvents(row.status, rolesOf(actor, row.user_id, isStaff(actor))),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
