import type { CreateHighlightRequest, Highlight, HighlightSlot } from '@promata/contracts';
import { parserSchema, type Parsed } from './catalogue-validation';
import { optionalText, requiredText, type IssueList } from './form-fields';

/** The highlight form's own values: what the inputs hold. */
export type HighlightFormValues = {
  slot: HighlightSlot;
  title: { pt: string; en: string };
  description: { pt: string; en: string };
  /** '' for "no link". */
  experienceId: string;
};

/** What the API takes on creation (and, being every field, on an edit as well). */
export type HighlightBody = Required<Pick<CreateHighlightRequest, 'slot' | 'title' | 'experienceId'>> & {
  description: { pt: string; en: string | null };
};

export function highlightToFormValues(highlight: Highlight): HighlightFormValues {
  return {
    slot: highlight.slot,
    title: { pt: highlight.title.pt, en: highlight.title.en ?? '' },
    description: { pt: highlight.description.pt, en: highlight.description.en ?? '' },
    experienceId: highlight.experience?.id ?? '',
  };
}

export function emptyHighlightForm(slot: HighlightSlot): HighlightFormValues {
  return { slot, title: { pt: '', en: '' }, description: { pt: '', en: '' }, experienceId: '' };
}

/** The form as the request body, or every problem at once (limits of the contract). */
export function parseHighlightForm(values: HighlightFormValues): Parsed<HighlightBody> {
  const issues: IssueList = [];
  const title = {
    pt: requiredText(issues, 'title.pt', values.title.pt, 120),
    en: optionalText(issues, 'title.en', values.title.en, 120),
  };
  const description = {
    pt: optionalText(issues, 'description.pt', values.description.pt, 500) ?? '',
    en: optionalText(issues, 'description.en', values.description.en, 500),
  };
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: { slot: values.slot, title, description, experienceId: values.experienceId || null },
  };
}

export const highlightFormSchema = parserSchema(parseHighlightForm);
