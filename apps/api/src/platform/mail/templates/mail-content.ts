import type { Locale } from '@promata/contracts';
import type { MailTemplate } from '../mailer.js';

/**
 * What a template says, as plain text blocks. Templates never write HTML: the layout turns these
 * blocks into both parts of the message, escaping every value on the way, so a name such as
 * `<script>` can only ever appear as text.
 */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  /** A call to action: a button in HTML, the label and the raw URL on their own lines in text. */
  | { kind: 'button'; label: string; url: string }
  /** Label/value pairs, such as an applicant's name and e-mail. */
  | { kind: 'details'; items: { label: string; value: string }[] }
  /** Free text written by staff, quoted as is: its line breaks are kept. */
  | { kind: 'quote'; label: string; text: string }
  /** Secondary information (link validity, "ignore this if…"), in smaller type. */
  | { kind: 'note'; text: string };

export type MailContent = { subject: string; name: string; blocks: MailBlock[] };

export type RenderedMail = { subject: string; text: string; html: string };

export type TemplateName = MailTemplate['template'];
export type TemplateData<T extends TemplateName> = Extract<MailTemplate, { template: T }>['data'];

/** One template: its content in every locale, from the data the sender supplies. */
export type LocalizedTemplate<T extends TemplateName> = Record<Locale, (data: TemplateData<T>) => MailContent>;
