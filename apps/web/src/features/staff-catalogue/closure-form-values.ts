import type { Closure, CreateClosureRequest } from '@promata/contracts';
import { catalogueMessage, parserSchema, type Parsed } from './catalogue-validation';
import { optionalText, requiredDate, requiredText, type IssueList } from './form-fields';

/** The closure form's own values: what the inputs hold. */
export type ClosureFormValues = {
  scope: 'RESERVE' | 'EXPERIENCE';
  experienceId: string;
  startsOn: string;
  endsOn: string;
  reason: { pt: string; en: string };
};

export function emptyClosureForm(today: string): ClosureFormValues {
  return { scope: 'RESERVE', experienceId: '', startsOn: today, endsOn: today, reason: { pt: '', en: '' } };
}

/** A stored closure in the form, to edit it. */
export function closureToFormValues(closure: Closure): ClosureFormValues {
  return {
    scope: closure.experienceId === null ? 'RESERVE' : 'EXPERIENCE',
    experienceId: closure.experienceId ?? '',
    startsOn: closure.startsOn,
    endsOn: closure.endsOn,
    reason: { pt: closure.reason.pt, en: closure.reason.en ?? '' },
  };
}

/**
 * The closure form read as the `POST /closures` body (also a whole `PATCH /closures/:id` one) (dates inclusive, the experience only when
 * one is closed, not the whole reserve), or every problem at once, each on its field.
 */
export function parseClosureForm(values: ClosureFormValues): Parsed<CreateClosureRequest> {
  const issues: IssueList = [];
  let experienceId: string | null = null;
  if (values.scope === 'EXPERIENCE') {
    if (values.experienceId === '')
      issues.push({ path: 'experienceId', message: catalogueMessage('chooseExperience') });
    else experienceId = values.experienceId;
  }
  const startsOn = requiredDate(issues, 'startsOn', values.startsOn);
  const endsOn = requiredDate(issues, 'endsOn', values.endsOn);
  if (startsOn && endsOn && endsOn < startsOn) {
    issues.push({ path: 'endsOn', message: catalogueMessage('lastDayOrder') });
  }
  const reason = {
    pt: requiredText(issues, 'reason.pt', values.reason.pt, 500),
    en: optionalText(issues, 'reason.en', values.reason.en, 500),
  };
  if (issues.length > 0 || !startsOn || !endsOn) return { ok: false, issues };
  return { ok: true, value: { experienceId, startsOn, endsOn, reason } };
}

export const closureFormSchema = parserSchema(parseClosureForm);
