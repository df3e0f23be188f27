import { describe, expect, it } from 'vitest';
import type { OccupancyRow } from '../../src/modules/availability/occupancy-query.js';
import { capacityShortfalls, checkLineShapes, quoteLines } from '../../src/modules/bookings/booking-line-rules.js';
import type { ExperienceRow } from '../../src/modules/experiences/experience-repository.js';

function experience(id: string, values: Partial<ExperienceRow>): ExperienceRow {
  return {
    id,
    category: 'TRAIL',
    name_pt: id,
    name_en: null,
    description_pt: '',
    description_en: null,
    what_to_bring_pt: null,
    what_to_bring_en: null,
    capacity: 10,
    price_cents: 1000,
    professor_price_rule: 'PAYS',
    active: true,
    offer_from: null,
    offer_until: null,
    week_days: [0, 1, 2, 3, 4, 5, 6],
    min_notice_days: 0,
    max_advance_days: 365,
    trail_duration_minutes: 60,
    trail_difficulty: 'LIGHT',
    trail_length_km: 2,
    requires_verified_professor: false,
    event_starts_at: null,
    event_ends_at: null,
    created_at: new Date(),
    updated_at: new Date(),
    ...values,
  };
}

const experiences = new Map(
  [
    experience('trail', { price_cents: 2550 }),
    experience('cabin', { category: 'HOSTING', price_cents: 9000 }),
    experience('lab', { category: 'LABORATORY', price_cents: 5000, professor_price_rule: 'EXEMPT' }),
    experience('fest', {
      category: 'EVENT',
      capacity: 100,
      // 10:00 on 1 March to 16:00 on 2 March in São Paulo: the event's days are 1 and 2 March.
      event_starts_at: new Date('2030-03-01T13:00:00Z'),
      event_ends_at: new Date('2030-03-02T19:00:00Z'),
    }),
  ].map((e) => [e.id, e]),
);
const line = (experienceId: string, startDate: string, endDate: string, people: number) => ({
  experienceId,
  startDate,
  endDate,
  people,
});

describe('booking line rules (pure)', () => {
  it('quotes per person, per person per night for lodging, and nothing where professors are exempt', () => {
    const lines = [
      line('cabin', '2030-01-30', '2030-02-02', 2),
      line('trail', '2030-01-31', '2030-02-01', 3),
      line('lab', '2030-02-01', '2030-02-02', 4),
    ];
    expect(quoteLines(lines, experiences, 'GUEST').map((l) => [l.unitPriceCents, l.totalCents])).toEqual([
      [9000, 54000],
      [2550, 7650],
      [5000, 20000],
    ]);
    expect(quoteLines(lines, experiences, 'PROFESSOR').map((l) => l.totalCents)).toEqual([54000, 7650, 0]);
  });

  it('checks the shape of each category: one-day visits, whole events, bounded stays', () => {
    const issues = checkLineShapes(
      [
        line('trail', '2030-01-01', '2030-01-03', 1),
        line('fest', '2030-03-01', '2030-03-02', 1),
        line('fest', '2030-03-01', '2030-03-03', 1),
        line('cabin', '2030-01-01', '2030-03-05', 1),
        line('nope', '2030-01-01', '2030-01-02', 1),
      ],
      experiences,
      'GUEST',
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['body.lines.0.endDate', 'single_day'],
      ['body.lines.1.startDate', 'event_dates'],
      ['body.lines.3.endDate', 'too_many_nights'],
      ['body.lines.4.experienceId', 'unknown_experience'],
    ]);
  });

  it('adds up a booking’s own lines per day and counts an event’s seats on each of its days', () => {
    const occupancy = new Map<string, OccupancyRow>([
      ['trail/2030-01-31', { experience_id: 'trail', date: '2030-01-31', occupied: 6, closures: [] }],
      ['fest/2030-03-01', { experience_id: 'fest', date: '2030-03-01', occupied: 95, closures: [] }],
      ['fest/2030-03-02', { experience_id: 'fest', date: '2030-03-02', occupied: 95, closures: [] }],
    ]);
    const shortfalls = capacityShortfalls(
      [
        line('trail', '2030-01-31', '2030-02-01', 2),
        line('trail', '2030-01-31', '2030-02-01', 3),
        line('trail', '2030-02-01', '2030-02-02', 10),
        line('fest', '2030-03-01', '2030-03-03', 6),
      ],
      experiences,
      occupancy,
    );
    expect(shortfalls).toEqual([
      { experienceId: 'trail', date: '2030-01-31', capacity: 10, remaining: 4, requested: 5 },
      { experienceId: 'fest', date: '2030-03-01', capacity: 100, remaining: 5, requested: 6 },
      { experienceId: 'fest', date: '2030-03-02', capacity: 100, remaining: 5, requested: 6 },
    ]);
  });
});
