import { createHash } from 'node:crypto';
import { isValidCpf } from '@promata/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookingPaths, holdsPlaces } from '../src/dataset/booking-paths.js';
import { addDays, daysOf } from '../src/dataset/calendar.js';
import type { Dataset } from '../src/dataset/dataset-types.js';
import { generateDataset } from '../src/dataset/generate-dataset.js';
import { createRandom } from '../src/dataset/random.js';

const today = '2026-11-26';
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const digest = (dataset: Dataset) => createHash('sha256').update(JSON.stringify(dataset)).digest('hex');

describe('the seeded random generator', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 50 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('stays inside the bounds it is given and makes version 4 UUIDs', () => {
    const random = createRandom(1);
    const ints = Array.from({ length: 2000 }, () => random.int(3, 7));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(7);
    expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('the bench dataset', () => {
  let dataset: Dataset;
  beforeAll(() => {
    dataset = generateDataset({ seed: 20261126, today });
  });

  it('is the same for the same seed and differs for another seed', () => {
    expect(digest(generateDataset({ seed: 20261126, today }))).toBe(digest(dataset));
    expect(digest(generateDataset({ seed: 7, today }))).not.toBe(digest(dataset));
  });

  it('has the sizes the issue asks for', () => {
    expect(dataset.experiences.length).toBeGreaterThanOrEqual(50);
    expect(new Set(dataset.experiences.map((e) => e.category))).toEqual(
      new Set(['TRAIL', 'HOSTING', 'LABORATORY', 'EVENT']),
    );
    expect(dataset.users.length).toBeGreaterThanOrEqual(1000);
    expect(dataset.bookings.length).toBeGreaterThanOrEqual(5000);
    expect(dataset.participants.length).toBeGreaterThan(dataset.bookings.length);
    expect(dataset.events.length).toBeGreaterThan(dataset.bookings.length);
  });

  it('never holds more people on a day than the experience takes', () => {
    const capacity = new Map(dataset.experiences.map((e) => [e.id, e.capacity]));
    const status = new Map(dataset.bookings.map((b) => [b.id, b.status]));
    const held = new Map<string, number>();
    for (const line of dataset.lines) {
      if (!holdsPlaces(status.get(line.booking_id)!)) continue;
      for (const day of daysOf(line.start_date, line.end_date)) {
        const key = `${line.experience_id}|${day}`;
        held.set(key, (held.get(key) ?? 0) + line.people);
      }
    }
    expect(held.size).toBeGreaterThan(1000);
    for (const [key, people] of held) expect(people, key).toBeLessThanOrEqual(capacity.get(key.split('|')[0]!)!);
  });

  it('gives every booking the timeline that leads to its status, starting with CREATE', () => {
    const events = groupBy(dataset.events, (e) => e.booking_id);
    for (const booking of dataset.bookings) {
      const timeline = events.get(booking.id)!;
      expect(timeline.map((e) => e.event)).toEqual(bookingPaths[booking.status].map((s) => s.event));
      expect(timeline.at(-1)!.to_status).toBe(booking.status);
      expect(timeline[0]!.from_status).toBeNull();
    }
  });

  it('keeps lines, spans and participants consistent with their booking', () => {
    const lines = groupBy(dataset.lines, (l) => l.booking_id);
    const participants = groupBy(dataset.participants, (p) => p.booking_id);
    for (const booking of dataset.bookings) {
      const own = lines.get(booking.id)!;
      expect(booking.starts_on).toBe(own.map((l) => l.start_date).sort()[0]);
      expect(booking.ends_on).toBe(
        own
          .map((l) => l.end_date)
          .sort()
          .at(-1),
      );
      expect(booking.total_cents).toBe(own.reduce((sum, l) => sum + l.total_cents, 0));
      expect((participants.get(booking.id) ?? []).length).toBeLessThanOrEqual(Math.min(...own.map((l) => l.people)));
    }
    for (const p of dataset.participants.filter((p) => p.document_type === 'CPF').slice(0, 500))
      expect(isValidCpf(p.document_number), p.document_number).toBe(true);
  });

  it('leaves the contended day and the free-capacity window to the load scenarios', () => {
    const { plan } = dataset;
    const lastDatasetDay = dataset.lines
      .map((l) => l.end_date)
      .sort()
      .at(-1)!;
    expect(lastDatasetDay < plan.contended.date).toBe(true);
    expect(plan.contended.date < plan.freeFrom).toBe(true);
    const maxAdvance = Math.min(...dataset.experiences.map((e) => e.max_advance_days));
    expect(addDays(plan.freeFrom, plan.freeDays) <= addDays(today, maxAdvance)).toBe(true);
    expect(plan.freeExperiences.length).toBeGreaterThanOrEqual(20);
    expect(plan.bookerEmails.length).toBeGreaterThanOrEqual(40);
  });
});
