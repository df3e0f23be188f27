import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import sharp from 'sharp';
import type { BookingStatus, DB, NewExperience } from '../../src/platform/db/schema.js';

/** A valid experience row (HOSTING unless told otherwise), straight into the table. */
export async function insertExperience(db: Kysely<DB>, values: Partial<NewExperience> = {}): Promise<string> {
  const row = await db
    .insertInto('experiences')
    .values({
      category: 'HOSTING',
      name_pt: `Experiência ${randomUUID().slice(0, 8)}`,
      description_pt: 'Descrição.',
      capacity: 10,
      price_cents: 1000,
      ...values,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type LineSpec = { experienceId: string; start: string; end: string; people: number };

/** A booking of `userId` in `status` with the given lines ([start, end) calendar dates). */
export async function insertBooking(
  db: Kysely<DB>,
  userId: string,
  status: BookingStatus,
  lines: LineSpec[],
): Promise<string> {
  const booking = await db
    .insertInto('bookings')
    .values({ user_id: userId, status })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const line of lines) {
    await db
      .insertInto('booking_lines')
      .values({
        booking_id: booking.id,
        experience_id: line.experienceId,
        start_date: line.start,
        end_date: line.end,
        people: line.people,
        unit_price_cents: 1000,
        total_cents: 1000 * line.people,
      })
      .execute();
  }
  return booking.id;
}

/** A gallery row whose variants point at keys (storage is only touched if the test puts bytes there). */
export async function insertImageRow(db: Kysely<DB>, experienceId: string, position: number): Promise<string> {
  const id = randomUUID();
  const variant = (name: string) => ({ key: `images/${id}/${name}.webp`, width: 4, height: 3 });
  await db
    .insertInto('experience_images')
    .values({
      id,
      experience_id: experienceId,
      position,
      width: 4,
      height: 3,
      variants: JSON.stringify({
        w480: variant('w480'),
        w960: variant('w960'),
        w1600: variant('w1600'),
        card: variant('card'),
      }),
    })
    .execute();
  return id;
}

/** A multipart body with one file field and optional text fields. */
export function multipartBody(
  file: { field: string; name: string; type: string; bytes: Buffer },
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----promata${randomUUID()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** A real JPEG of the given size (solid colour with a stripe, so the crop has something to find). */
export async function jpegOf(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#2e7d32' } })
    .composite([
      {
        input: { create: { width: Math.max(1, Math.floor(width / 4)), height, channels: 3, background: '#fbc02d' } },
        left: 0,
        top: 0,
      },
    ])
    .jpeg({ quality: 80 })
    .toBuffer();
}
