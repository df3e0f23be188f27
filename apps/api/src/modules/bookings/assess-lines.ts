import type { Actor } from '../../platform/auth/policy.js';
import { AppError, unauthorized } from '../../platform/http/app-error.js';
import type { RaisedIssue } from '../../platform/i18n/field-messages.js';
import { addDays, calendarDateAt } from '../availability/calendar-date.js';
import { readOccupancy } from '../availability/occupancy-query.js';
import type { Executor } from '../catalogue/executor.js';
import type { ExperienceRow } from '../experiences/experience-repository.js';
import {
  capacityShortfalls,
  checkLineDays,
  checkLineShapes,
  quoteLines,
  type QuotedLine,
  type RequestedLine,
} from './booking-line-rules.js';

/** PostgreSQL's integer: a quote above it is refused rather than overflowing a column. */
const maxCents = 2_147_483_647;

const invalid = (issues: RaisedIssue[]) => new AppError(400, 'VALIDATION_FAILED', { issues });

export type LinesAssessment = {
  experiences: Map<string, ExperienceRow>;
  quoted: QuotedLine[];
  totalCents: number;
  startsOn: string;
  endsOn: string;
};

/** Reads the experiences of the lines: `lockExperiences` inside the booking's transaction, a plain read for a quote. */
export type ReadExperiences = (db: Executor, ids: readonly string[]) => Promise<Map<string, ExperienceRow>>;

/**
 * The checks and the price shared by `POST /bookings` and `POST /bookings/quote`: the booker's role,
 * the line shapes, the calendar rules and capacity against the occupancy, then the quote. Refuses
 * with 400 VALIDATION_FAILED or 409 CAPACITY_EXCEEDED; writes nothing (the caller's transaction writes).
 */
export async function assessLines(
  db: Executor,
  actor: Actor,
  lines: readonly RequestedLine[],
  now: Date,
  options: { readExperiences: ReadExperiences; onCapacityRefused?: () => void },
): Promise<LinesAssessment> {
  const user = await db
    .selectFrom('users')
    .select(['role', 'active'])
    .where('id', '=', actor.userId)
    .executeTakeFirst();
  if (!user?.active) throw unauthorized();

  const experiences = await options.readExperiences(
    db,
    lines.map((l) => l.experienceId),
  );
  const shapeIssues = checkLineShapes(lines, experiences, user.role);
  if (shapeIssues.length) throw invalid(shapeIssues);

  const startsOn = lines.map((l) => l.startDate).reduce((a, b) => (a < b ? a : b));
  const endsOn = lines.map((l) => l.endDate).reduce((a, b) => (a > b ? a : b));
  const rows = await readOccupancy(db, [...experiences.keys()], startsOn, addDays(endsOn, -1));
  const occupancy = new Map(rows.map((row) => [`${row.experience_id}/${row.date}`, row]));
  const dayIssues = checkLineDays(lines, experiences, occupancy, calendarDateAt(now));
  if (dayIssues.length) throw invalid(dayIssues);
  const shortfalls = capacityShortfalls(lines, experiences, occupancy);
  if (shortfalls.length) {
    options.onCapacityRefused?.();
    throw new AppError(409, 'CAPACITY_EXCEEDED', { days: shortfalls });
  }

  const quoted = quoteLines(lines, experiences, user.role);
  const totalCents = quoted.reduce((sum, line) => sum + line.totalCents, 0);
  if (totalCents > maxCents) {
    throw invalid([{ path: 'body.lines', code: 'total_too_large' }]);
  }
  return { experiences, quoted, totalCents, startsOn, endsOn };
}
