import type { BookingStatus } from '@promata/contracts';

/**
 * The booking as an iCalendar file (RFC 5545): one VEVENT per line. Day lines (trails,
 * laboratories, lodging) are all-day events with VALUE=DATE, whose DTEND is exclusive exactly like
 * our [start, end) dates; an EVENT line has its real start and end instants, in UTC (no VTIMEZONE
 * to ship, and every calendar app shows them in the viewer's zone).
 */
export type CalendarLine = {
  id: string;
  summary: string;
  startDate: string;
  endDate: string;
  /** EVENT lines only. */
  startsAt?: Date | null;
  endsAt?: Date | null;
};

export type CalendarBooking = {
  id: string;
  status: BookingStatus;
  reference: string;
  url: string;
  /**
   * The revision: how many transitions the booking went through. The timeline is append-only, so it
   * only grows, and every status change raises it: a calendar app that imported an earlier file
   * replaces its event (same UID, higher SEQUENCE) instead of keeping a stale or cancelled visit.
   */
  sequence: number;
  /** When that revision was made (the last transition, or the creation). */
  lastModified: Date;
  lines: CalendarLine[];
};

export const reserveLocation = 'Pró-Mata, São Francisco de Paula, RS, Brasil';

/** TEXT values escape backslash, semicolon, comma and line breaks (§3.3.11). */
export const escapeText = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/**
 * Lines longer than 75 octets are folded: CRLF then one space (§3.1). Counted in UTF-8 octets and
 * cut only between characters, so "São" is never split inside a letter.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with the space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicDate = (date: string) => date.replace(/-/g, '');
const utcStamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

const confirmed: readonly BookingStatus[] = ['APPROVED', 'PAYMENT_APPROVED', 'COMPLETED'];
const cancelled: readonly BookingStatus[] = ['REJECTED', 'CANCELED', 'EXPIRED'];

function eventStatus(status: BookingStatus): string {
  if (confirmed.includes(status)) return 'CONFIRMED';
  return cancelled.includes(status) ? 'CANCELLED' : 'TENTATIVE';
}

/**
 * With METHOD present, DTSTAMP is when this file was made (RFC 5545 §3.8.7.2): `now`, but never
 * before LAST-MODIFIED, should the database's clock be a little ahead of this process's.
 */
export function renderCalendar(booking: CalendarBooking, now: Date): string {
  const stamp = utcStamp(new Date(Math.max(now.getTime(), booking.lastModified.getTime())));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pró-Mata//Reservas//PT',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const line of booking.lines) {
    const timed = line.startsAt && line.endsAt;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${line.id}@promata`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${utcStamp(booking.lastModified)}`,
      `SEQUENCE:${booking.sequence}`,
      ...(timed
        ? [`DTSTART:${utcStamp(line.startsAt!)}`, `DTEND:${utcStamp(line.endsAt!)}`]
        : [`DTSTART;VALUE=DATE:${basicDate(line.startDate)}`, `DTEND;VALUE=DATE:${basicDate(line.endDate)}`]),
      `SUMMARY:${escapeText(line.summary)}`,
      `LOCATION:${escapeText(reserveLocation)}`,
      `DESCRIPTION:${escapeText(`${booking.reference} — ${booking.url}`)}`,
      `URL:${booking.url}`,
      `STATUS:${eventStatus(booking.status)}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
