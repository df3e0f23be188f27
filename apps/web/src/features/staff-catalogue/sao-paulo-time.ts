import { reserveTimeZone } from '../../i18n/format-date-time';

/** What a `<input type="datetime-local">` holds: `YYYY-MM-DDTHH:mm`, a wall-clock time without zone. */
const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const dayMs = 86_400_000;

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: reserveTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The reserve's wall-clock reading of an instant, as if it were UTC (milliseconds). */
function wallClockAt(instant: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, part.value]));
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

/** The reserve's offset from UTC at an instant, in milliseconds (−3 h since 2019; −2 h in old summers). */
function offsetAt(instant: number): number {
  return wallClockAt(instant) - Math.floor(instant / 1000) * 1000;
}

/**
 * A wall-clock time at the reserve (`2026-12-10T09:00`, as staff type it) to the instant it names,
 * as an ISO string in UTC. The offset comes from the time zone database, not a constant, so dates
 * before 2019 (when Brazil still had summer time) convert right too, with the usual rules for the
 * two odd hours a year: a time skipped by the spring-forward gap is read with the offset before
 * the change (00:30 on 2018-11-04 becomes 01:30 summer time), and a time lived twice at the
 * autumn change is the first of the two. Undefined for anything that is not such a time.
 */
export function saoPauloLocalToIso(local: string): string | undefined {
  const match = localDateTimePattern.exec(local);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  // Changes of offset are months apart: a day before and after brackets any of them.
  const offsets = [...new Set([offsetAt(asUtc - dayMs), offsetAt(asUtc + dayMs)])];
  const matching = offsets.map((offset) => asUtc - offset).filter((instant) => wallClockAt(instant) === asUtc);
  const instant = matching.length > 0 ? Math.min(...matching) : asUtc - offsetAt(asUtc - dayMs);
  return new Date(instant).toISOString();
}

/** An instant (any ISO 8601 string) as the reserve's wall clock shows it, for a datetime-local input. */
export function isoToSaoPauloLocal(iso: string): string {
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  return new Date(wallClockAt(instant)).toISOString().slice(0, 16);
}
