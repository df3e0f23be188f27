import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, renderCalendar } from '../../src/modules/bookings/booking-calendar.js';

/** Unfolds as a calendar reader would (RFC 5545 §3.1): CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('booking calendar (.ics, RFC 5545)', () => {
  const now = new Date('2030-01-02T03:04:05.678Z');
  const ics = renderCalendar(
    {
      id: 'b0000000-0000-4000-8000-000000000000',
      status: 'APPROVED',
      reference: 'B0000000',
      url: 'https://promata.example/bookings/b0000000-0000-4000-8000-000000000000',
      lines: [
        {
          id: '10000000-0000-4000-8000-000000000001',
          summary:
            'Pró-Mata: Cabana, lareira; trilha\\mata — uma descrição bem longa que passa de setenta e cinco octetos',
          startDate: '2030-01-10',
          endDate: '2030-01-13',
        },
        {
          id: '10000000-0000-4000-8000-000000000002',
          summary: 'Pró-Mata: Festival',
          startDate: '2030-02-01',
          endDate: '2030-02-03',
          startsAt: new Date('2030-02-01T13:00:00Z'),
          endsAt: new Date('2030-02-02T19:30:00Z'),
        },
      ],
    },
    now,
  );

  it('uses CRLF line endings only, and no line is longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('has one VCALENDAR with VERSION and PRODID and one VEVENT per line with the required properties', () => {
    const lines = unfold(ics).trimEnd().split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'DTSTAMP:20300102T030405Z')).toHaveLength(2);
    expect(lines).toContain('UID:10000000-0000-4000-8000-000000000001@promata');
    expect(lines).toContain('STATUS:CONFIRMED');
  });

  it('writes day lines as all-day dates (exclusive end) and events as UTC instants', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20300110');
    expect(lines).toContain('DTEND;VALUE=DATE:20300113');
    expect(lines).toContain('DTSTART:20300201T130000Z');
    expect(lines).toContain('DTEND:20300202T193000Z');
  });

  it('escapes backslash, semicolon, comma and line breaks in text, and survives folding', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(unfold(ics)).toContain('SUMMARY:Pró-Mata: Cabana\\, lareira\\; trilha\\\\mata — uma descrição');
    expect(unfold(ics)).toContain('LOCATION:Pró-Mata\\, São Francisco de Paula\\, RS\\, Brasil');
  });

  it('folds between characters, never inside a multi-byte one', () => {
    const folded = foldLine(`SUMMARY:${'ã'.repeat(100)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(unfold(folded)).toBe(`SUMMARY:${'ã'.repeat(100)}`);
  });
});
