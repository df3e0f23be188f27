import { capacityExceededDaySchema, validationIssueSchema, type CapacityExceededDay } from '@promata/contracts';
import { z } from 'zod';
import { ApiError } from '../../lib/api-client';

const capacityDetailsSchema = z.object({ days: z.array(capacityExceededDaySchema) });
const validationDetailsSchema = z.object({ issues: z.array(validationIssueSchema) });
const transitionDetailsSchema = z.object({ reason: z.string() });

/** The days that ran out of places between choosing and confirming (409 CAPACITY_EXCEEDED). */
export function capacityShortfall(error: unknown): CapacityExceededDay[] | undefined {
  if (!(error instanceof ApiError) || error.code !== 'CAPACITY_EXCEEDED') return undefined;
  const details = capacityDetailsSchema.safeParse(error.details);
  return details.success ? details.data.days : [];
}

/**
 * A transition the API refused (409 INVALID_TRANSITION) because the participants are not one per
 * person on every line (`details.reason` PARTICIPANTS_INCOMPLETE), rather than the booking's state.
 */
export function isParticipantsIncomplete(error: unknown): boolean {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_TRANSITION') return false;
  const details = transitionDetailsSchema.safeParse(error.details);
  return details.success && details.data.reason === 'PARTICIPANTS_INCOMPLETE';
}

/** A field refused by the API, tied to the cart line it is about (`body.lines.0.startDate`). */
export type LineIssue = { line: number | undefined; field: string; code: string; message: string };

export function bookingIssues(error: unknown): LineIssue[] {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return [];
  const details = validationDetailsSchema.safeParse(error.details);
  if (!details.success) return [];
  return details.data.issues.map((issue) => {
    const match = /^body\.lines\.(\d+)\.?(.*)$/.exec(issue.path);
    return match
      ? { line: Number(match[1]), field: match[2] ?? '', code: issue.code, message: issue.message }
      : { line: undefined, field: issue.path.replace(/^body\./, ''), code: issue.code, message: issue.message };
  });
}

/** The API's codes for a line it refused, each with its own sentence in the resources. */
export const lineIssueCodes = [
  'unknown_experience',
  'event_dates',
  'too_many_nights',
  'single_day',
  'requires_verified_professor',
  'day_past',
  'day_outside_window',
  'day_week_day',
  'day_closed',
  'day_notice',
  'day_advance',
] as const;
export type LineIssueCode = (typeof lineIssueCodes)[number];

export const isLineIssueCode = (code: string): code is LineIssueCode =>
  (lineIssueCodes as readonly string[]).includes(code);

const participantFields = {
  name: 'name',
  document: 'documentNumber',
  birthDate: 'birthDate',
  gender: 'gender',
  phone: 'phone',
  lines: 'lines',
} as const;
type ParticipantField = (typeof participantFields)[keyof typeof participantFields];

/** The API's refusals of one participant's field (`body.participants.1.document`), for the form. */
export function participantIssues(error: unknown): { index: number; field: ParticipantField; message: string }[] {
  return bookingIssues(error).flatMap((issue) => {
    const match = /^participants\.(\d+)\.(\w+)/.exec(issue.field);
    const key = match?.[2];
    if (!match || key === undefined || !Object.hasOwn(participantFields, key)) return [];
    return [
      {
        index: Number(match[1]),
        field: participantFields[key as keyof typeof participantFields],
        message: issue.message,
      },
    ];
  });
}
