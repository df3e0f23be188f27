import { bookingStatuses, type BookingStatus } from '@promata/contracts';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  escapeText,
  foldLine,
  renderCalendar,
  type CalendarBooking,
} from '../../src/modules/bookings/booking-calendar.js';

/** Unfolds as a calendar reader would (RFC 5545 §3.1): CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('booking calendar (.ics, RFC 5545)', () => {
  const now = new Date('2030-01-02T03:04:05.678Z');
  const booking: CalendarBooking = {
    id: 'b0000000-0000-4000-8000-000000000000',
    status: 'APPROVED',
    reference: 'B0000000',
    url: 'https://promata.example/bookings/b0000000-0000-4000-8000-000000000000',
    sequence: 2,
    lastModified: new Date('2030-01-01T10:00:00.250Z'),
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
  };
  const ics = renderCalendar(booking, now);

  /** The VEVENTs as an independent parser (Mozilla's ical.js) reads them. */
  const eventsOf = (text: string) => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map((vevent) => ({
      vevent,
      event: new ICAL.Event(vevent),
      status: vevent.getFirstPropertyValue('status'),
      stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      modified: (vevent.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().toISOString(),
    }));
  };

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
    expect(lines.filter((l) => l === 'LAST-MODIFIED:20300101T100000Z')).toHaveLength(2);
    expect(lines.filter((l) => l === 'SEQUENCE:2')).toHaveLength(2);
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

  it('is read by an independent iCalendar parser as the same events, dates and texts', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const [day, timed] = eventsOf(ics);
    expect(day!.event.uid).toBe('10000000-0000-4000-8000-000000000001@promata');
    expect(day!.event.summary).toBe(booking.lines[0]!.summary);
    expect(day!.event.location).toBe('Pró-Mata, São Francisco de Paula, RS, Brasil');
    expect(day!.event.description).toBe(`B0000000 — ${booking.url}`);
    expect(day!.event.startDate.isDate).toBe(true);
    expect(day!.event.startDate.toString()).toBe('2030-01-10');
    expect(day!.event.endDate.toString()).toBe('2030-01-13');
    expect(day!.event.sequence).toBe(2);
    expect(day!.status).toBe('CONFIRMED');
    expect(day!.stamp).toBe('2030-01-02T03:04:05.000Z');
    expect(day!.modified).toBe('2030-01-01T10:00:00.000Z');
    expect(timed!.event.startDate.isDate).toBe(false);
    expect(timed!.event.startDate.toJSDate().toISOString()).toBe('2030-02-01T13:00:00.000Z');
    expect(timed!.event.endDate.toJSDate().toISOString()).toBe('2030-02-02T19:30:00.000Z');
  });

  it('a later revision keeps the UIDs and raises SEQUENCE and LAST-MODIFIED, so calendars replace the event', () => {
    const cancelledAt = new Date('2030-01-05T08:00:00Z');
    const later = renderCalendar(
      { ...booking, status: 'CANCELED', sequence: 3, lastModified: cancelledAt },
      new Date('2030-01-05T09:00:00Z'),
    );
    const before = eventsOf(ics);
    const after = eventsOf(later);
    expect(after.map((e) => e.event.uid)).toEqual(before.map((e) => e.event.uid));
    for (const [i, event] of after.entries()) {
      expect(event.event.sequence).toBeGreaterThan(before[i]!.event.sequence);
      expect(event.modified > before[i]!.modified).toBe(true);
      expect(event.status).toBe('CANCELLED');
    }
  });

  it('never stamps the file before its last modification (clock skew between database and process)', () => {
    const skewed = eventsOf(renderCalendar({ ...booking, lastModified: new Date('2030-01-02T03:04:07Z') }, now));
    for (const event of skewed) expect(event.stamp >= event.modified).toBe(true);
  });

  it('gives each status the calendar STATUS a calendar app acts on', () => {
    const expected: Record<BookingStatus, string> = {
      CREATED: 'TENTATIVE',
      PEOPLE_REQUESTED: 'TENTATIVE',
      PEOPLE_SENT: 'TENTATIVE',
      PAYMENT_REQUESTED: 'TENTATIVE',
      PAYMENT_SENT: 'TENTATIVE',
      PAYMENT_APPROVED: 'CONFIRMED',
      PAYMENT_REJECTED: 'TENTATIVE',
      APPROVED: 'CONFIRMED',
      CANCEL_REQUESTED: 'TENTATIVE',
      REJECTED: 'CANCELLED',
      CANCELED: 'CANCELLED',
      EXPIRED: 'CANCELLED',
      COMPLETED: 'CONFIRMED',
    };
    for (const status of bookingStatuses) {
      const [first] = eventsOf(renderCalendar({ ...booking, status }, now));
      expect([status, first!.status]).toEqual([status, expected[status]]);
    }
  });
});
