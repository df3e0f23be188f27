import { addCalendarMonths, reportRangeIssue } from '@promata/contracts';
import { describe, expect, it } from 'vitest';
import { weekOf } from '../../src/modules/dashboard/week-of.js';
import { csvCell, csvRecord } from '../../src/modules/reports/csv-cell.js';

describe('CSV cells (RFC 4180, spreadsheet formulas neutralised)', () => {
  it('quotes only what needs it and doubles quotes', () => {
    expect(csvCell('Ana Luíza')).toBe('Ana Luíza');
    expect(csvCell('Silva, Ana')).toBe('"Silva, Ana"');
    expect(csvCell('O "Mato"')).toBe('"O ""Mato"""');
    expect(csvCell('linha\r\noutra')).toBe('"linha\r\noutra"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(1234)).toBe('1234');
  });

  it('prefixes texts a spreadsheet would evaluate, then quotes as usual', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+55 51 9999')).toBe("'+55 51 9999");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('ends every record with CRLF', () => {
    expect(csvRecord(['a', null, 2])).toBe('a,,2\r\n');
  });
});

describe('report ranges and weeks (calendar arithmetic, no time zone)', () => {
  it('adds months, clamping to the last day of shorter months', () => {
    expect(addCalendarMonths('2031-01-31', 1)).toBe('2031-02-28');
    expect(addCalendarMonths('2032-01-31', 1)).toBe('2032-02-29');
    expect(addCalendarMonths('2031-03-15', 24)).toBe('2033-03-15');
    expect(addCalendarMonths('2031-03-15', -3)).toBe('2030-12-15');
  });

  it('allows up to 24 months, both ends included', () => {
    expect(reportRangeIssue('2031-01-01', '2032-12-31')).toBeUndefined();
    expect(reportRangeIssue('2031-01-01', '2033-01-01')).toBe('range_too_long');
    expect(reportRangeIssue('2031-01-02', '2031-01-01')).toBe('range_reversed');
    expect(reportRangeIssue('2031-01-01', '2031-01-01')).toBeUndefined();
  });

  it('takes Monday to Sunday around a day', () => {
    expect(weekOf('2026-11-26')).toEqual({ weekStart: '2026-11-23', weekEnd: '2026-11-29' });
    expect(weekOf('2026-11-23')).toEqual({ weekStart: '2026-11-23', weekEnd: '2026-11-29' });
    expect(weekOf('2026-11-29')).toEqual({ weekStart: '2026-11-23', weekEnd: '2026-11-29' });
    expect(weekOf('2027-01-01')).toEqual({ weekStart: '2026-12-28', weekEnd: '2027-01-03' });
  });
});
