import { describe, expect, it } from 'vitest';
import { bookingStayCategory, stayLabel } from '../../src/features/bookings/stay-label';
import { createI18n } from '../../src/i18n/create-i18n';

describe('a booking’s dates on the lists', () => {
  const t = createI18n('en').t;

  it('reads a lodging-only booking by check-in and check-out, anything else by first and last day', () => {
    expect(bookingStayCategory([{ category: 'HOSTING' }, { category: 'HOSTING' }])).toBe('HOSTING');
    expect(bookingStayCategory([{ category: 'HOSTING' }, { category: 'TRAIL' }])).toBe('TRAIL');
    expect(bookingStayCategory([])).toBe('TRAIL');
  });

  it('prints the check-out day of a stay, and the last day of a visit', () => {
    const stay = stayLabel(t, 'en', { category: 'HOSTING', startDate: '2026-12-01', endDate: '2026-12-03' });
    expect(stay).toMatch(/3/);
    expect(stay).toMatch(/2 nights/);
    const visit = stayLabel(t, 'en', { category: 'TRAIL', startDate: '2026-12-01', endDate: '2026-12-03' });
    expect(visit).toMatch(/1/);
    expect(visit).toMatch(/2/);
    expect(visit).not.toMatch(/3/);
  });
});
