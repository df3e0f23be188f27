import { describe, expect, it } from 'vitest';
import {
  formatBrl,
  formatCentsForInput,
  maxPriceCents,
  parseReaisToCents,
} from '../../src/features/staff-catalogue/money';
import { isoToSaoPauloLocal, saoPauloLocalToIso } from '../../src/features/staff-catalogue/sao-paulo-time';

describe('parseReaisToCents', () => {
  it.each([
    ['45', 4500],
    ['45,5', 4550],
    ['45,50', 4550],
    ['45.50', 4550],
    ['45.5', 4550],
    ['0', 0],
    ['0,01', 1],
    ['0,99', 99],
    ['1.234,56', 123456],
    ['1.234', 123400],
    ['1.234.567,89', 123456789],
    ['R$ 45,50', 4550],
    ['R$45', 4500],
    ['  45,50  ', 4550],
    ['45\u00a0', 4500],
    ['1,234.56', 123456],
    ['100000', 10_000_000],
  ])('pt-BR reads %j as %i centavos', (text, cents) => {
    expect(parseReaisToCents(text, 'pt-BR')).toBe(cents);
  });

  it.each([
    ['45', 4500],
    ['45.5', 4550],
    ['45.50', 4550],
    ['45,50', 4550],
    ['1,234.56', 123456],
    ['1,234', 123400],
    ['1,234,567.89', 123456789],
    ['R$ 1,234.56', 123456],
    ['1.234,56', 123456],
  ])('en reads %j as %i centavos', (text, cents) => {
    expect(parseReaisToCents(text, 'en')).toBe(cents);
  });

  it.each([
    '',
    ' ',
    'abc',
    '-5',
    '+5',
    '45,',
    ',50',
    '.50',
    '45,505',
    '4,5,0',
    '1,234,56',
    '1.23.456',
    '12.34,56',
    '1.234,567',
    '1e3',
    '45 reais',
    'R$',
    '1234567890',
  ])('pt-BR refuses %j', (text) => {
    expect(parseReaisToCents(text, 'pt-BR')).toBeUndefined();
  });

  it('refuses the decimal separator followed by three digits, which could be either reading', () => {
    expect(parseReaisToCents('1,234', 'pt-BR')).toBeUndefined();
    expect(parseReaisToCents('1.234', 'en')).toBeUndefined();
  });

  it('is exact where floating point is not: every centavo of 0,00 to 99,99 survives', () => {
    for (let cents = 0; cents < 10_000; cents += 1) {
      const text = `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
      expect(parseReaisToCents(text, 'pt-BR')).toBe(cents);
    }
    // The trap string arithmetic avoids: 1.15 * 100 is 114.99999999999999 in binary floating point.
    expect(Number('1.15') * 100).not.toBe(115);
    expect(parseReaisToCents('1,15', 'pt-BR')).toBe(115);
    expect(parseReaisToCents('1.15', 'en')).toBe(115);
  });

  it('formats centavos back for the input, in a way it reads again', () => {
    expect(formatCentsForInput(4550, 'pt-BR')).toBe('45,50');
    expect(formatCentsForInput(4550, 'en')).toBe('45.50');
    expect(formatCentsForInput(5, 'pt-BR')).toBe('0,05');
    expect(formatCentsForInput(maxPriceCents, 'pt-BR')).toBe('100000,00');
    for (const cents of [0, 1, 99, 100, 4550, 123456, maxPriceCents]) {
      expect(parseReaisToCents(formatCentsForInput(cents, 'pt-BR'), 'pt-BR')).toBe(cents);
      expect(parseReaisToCents(formatCentsForInput(cents, 'en'), 'en')).toBe(cents);
    }
  });

  it('formats centavos for reading as Brazilian reais', () => {
    expect(formatBrl(4550, 'pt-BR').replace(/\s/g, ' ')).toBe('R$ 45,50');
    expect(formatBrl(123456, 'en')).toBe('R$1,234.56');
  });
});

describe('São Paulo wall-clock time ↔ ISO instant', () => {
  it('uses −03:00 since Brazil ended summer time in 2019', () => {
    expect(saoPauloLocalToIso('2026-12-10T09:00')).toBe('2026-12-10T12:00:00.000Z');
    expect(saoPauloLocalToIso('2026-07-01T00:00')).toBe('2026-07-01T03:00:00.000Z');
    // 22:30 at the reserve is already the next day in UTC.
    expect(saoPauloLocalToIso('2025-12-31T22:30')).toBe('2026-01-01T01:30:00.000Z');
    expect(saoPauloLocalToIso('2024-02-29T12:00')).toBe('2024-02-29T15:00:00.000Z');
  });

  it('shows an instant as the reserve’s clock does, whatever its offset', () => {
    expect(isoToSaoPauloLocal('2026-12-10T12:00:00.000Z')).toBe('2026-12-10T09:00');
    expect(isoToSaoPauloLocal('2026-12-10T09:00:00-03:00')).toBe('2026-12-10T09:00');
    expect(isoToSaoPauloLocal('2026-01-01T01:30:00Z')).toBe('2025-12-31T22:30');
    expect(isoToSaoPauloLocal('not a date')).toBe('');
  });

  it('round-trips every half hour of a year', () => {
    for (let hour = 0; hour < 365 * 24; hour += 7.5) {
      const iso = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000).toISOString();
      expect(saoPauloLocalToIso(isoToSaoPauloLocal(iso))).toBe(iso);
    }
  });

  it('uses summer time (−02:00) for dates of the 2018–2019 summer', () => {
    expect(saoPauloLocalToIso('2018-12-15T10:00')).toBe('2018-12-15T12:00:00.000Z');
    expect(isoToSaoPauloLocal('2018-12-15T12:00:00.000Z')).toBe('2018-12-15T10:00');
    expect(saoPauloLocalToIso('2018-10-01T10:00')).toBe('2018-10-01T13:00:00.000Z');
  });

  it('reads a time skipped at the 2018-11-04 spring-forward with the offset before the change', () => {
    // Clocks jumped from 00:00 to 01:00: 00:30 never happened; it is taken as 01:30 summer time.
    expect(saoPauloLocalToIso('2018-11-04T00:30')).toBe('2018-11-04T03:30:00.000Z');
    expect(isoToSaoPauloLocal('2018-11-04T03:30:00.000Z')).toBe('2018-11-04T01:30');
    expect(saoPauloLocalToIso('2018-11-04T01:00')).toBe('2018-11-04T03:00:00.000Z');
  });

  it('reads a time lived twice at the 2019-02-16 fall-back as the first of the two', () => {
    // At midnight clocks went back to 23:00: 23:30 happened at −02:00, then again at −03:00.
    expect(saoPauloLocalToIso('2019-02-16T23:30')).toBe('2019-02-17T01:30:00.000Z');
    expect(isoToSaoPauloLocal('2019-02-17T02:30:00.000Z')).toBe('2019-02-16T23:30');
    expect(saoPauloLocalToIso('2019-02-17T00:30')).toBe('2019-02-17T03:30:00.000Z');
  });

  it.each(['', '2026-12-10', '2026-12-10 09:00', '2026-02-30T10:00', '2026-12-10T24:00', '2026-13-01T10:00'])(
    'refuses %j',
    (text) => {
      expect(saoPauloLocalToIso(text)).toBeUndefined();
    },
  );
});
