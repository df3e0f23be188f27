import { describe, expect, it } from 'vitest';
import {
  availabilityQuerySchema,
  createExperienceRequestSchema,
  daysBetween,
  experienceListQuerySchema,
  highlightSlotCapacity,
  updateExperienceRequestSchema,
} from '../src/index.js';

describe('catalogue contracts', () => {
  it('counts days by the calendar, across DST changes and year ends', () => {
    expect(daysBetween('2018-11-03', '2018-11-05')).toBe(2);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('bounds availability ranges to 62 days, both ends given and ordered', () => {
    expect(availabilityQuerySchema.safeParse({ from: '2025-01-01', to: '2025-03-03' }).success).toBe(true);
    expect(availabilityQuerySchema.safeParse({ from: '2025-01-01', to: '2025-03-04' }).success).toBe(false);
    expect(availabilityQuerySchema.safeParse({ from: '2025-01-02', to: '2025-01-01' }).success).toBe(false);
    expect(experienceListQuerySchema.safeParse({ from: '2025-01-01' }).success).toBe(false);
    expect(experienceListQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
  });

  it('fills defaults on creation only, and turns blank translations into null', () => {
    const created = createExperienceRequestSchema.parse({
      category: 'HOSTING',
      name: { pt: ' Chalé ', en: '' },
      description: { pt: 'Chalé para duas pessoas.' },
      capacity: 2,
      priceCents: 100,
    });
    expect(created).toMatchObject({
      name: { pt: 'Chalé', en: null },
      active: true,
      weekDays: [0, 1, 2, 3, 4, 5, 6],
      whatToBring: { pt: null, en: null },
    });
    expect(updateExperienceRequestSchema.parse({ capacity: 3 })).toEqual({ capacity: 3 });
  });

  it('has the home page caps the database enforces', () => {
    expect(highlightSlotCapacity).toEqual({ CAROUSEL: 5, TRAIL: 3, HOSTING: 3, LABORATORY: 3, EVENT: 3 });
  });
});
