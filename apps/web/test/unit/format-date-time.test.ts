import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, reserveTimeZone } from '../../src/i18n/format-date-time';

// Assertions use patterns for the joining words ("às", "at", ", ") and the space before AM/PM,
// which change with the ICU version bundled in Node; the date, the time and their order do not.
describe('formatDateTime', () => {
  it('uses the reserve time zone', () => {
    expect(reserveTimeZone).toBe('America/Sao_Paulo');
  });

  it('shows an instant in São Paulo time, in Portuguese', () => {
    // 02:05 UTC is still the previous evening in São Paulo (UTC−3).
    expect(formatDateTime('2025-01-15T02:05:09Z', 'pt-BR')).toMatch(/^14 de janeiro de 2025\D+23:05:09$/);
  });

  it('shows an instant in São Paulo time, in English', () => {
    expect(formatDateTime('2025-01-15T02:05:09Z', 'en')).toMatch(/^January 14, 2025\D+11:05:09\sPM$/);
  });

  it('accepts offsets other than Z', () => {
    expect(formatDateTime('2025-07-01T09:30:00+02:00', 'pt-BR')).toMatch(/^1 de julho de 2025\D+04:30:00$/);
  });

  it('follows the historical rules of the zone (summer time until 2019)', () => {
    // In January 2019 São Paulo was on summer time, UTC−2.
    expect(formatDateTime('2019-01-15T12:00:00Z', 'pt-BR')).toMatch(/^15 de janeiro de 2019\D+10:00:00$/);
  });

  it('returns the input unchanged when it is not a date', () => {
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
    expect(formatDateTime('', 'pt-BR')).toBe('');
  });

  it('formats the calendar day alone, also in the reserve time zone', () => {
    expect(formatDate('2025-01-15T02:05:09Z', 'pt-BR')).toBe('14 de janeiro de 2025');
    expect(formatDate('2025-01-15T12:00:00Z', 'en')).toBe('January 15, 2025');
    expect(formatDate('nope', 'en')).toBe('nope');
  });
});
