import type { Language } from '../../i18n/languages';

/** A bilingual text as the API sends it: pt-BR always, en when staff wrote one. */
export type BilingualText = { pt: string | null; en: string | null };

/** A text to show and the language it is really in, for the element's `lang`. */
export type ShownText = { text: string; lang: Language };

const present = (value: string | null): value is string => value !== null && value.trim() !== '';

/**
 * The text in the reader's language, else in the other one (pt-BR first: it is the reference).
 * Undefined when there is no text at all (an optional field left blank in both languages). The
 * returned `lang` lets a screen reader pronounce a pt-BR fallback in Portuguese on an English page.
 */
export function pickText(text: BilingualText, language: Language): ShownText | undefined {
  const order: readonly [Language, string | null][] =
    language === 'en'
      ? [
          ['en', text.en],
          ['pt-BR', text.pt],
        ]
      : [
          ['pt-BR', text.pt],
          ['en', text.en],
        ];
  for (const [lang, value] of order) if (present(value)) return { text: value, lang };
  return undefined;
}

/** The text alone, '' when there is none: names and titles, which pt-BR always has. */
export function localizedText(text: BilingualText, language: Language): string {
  return pickText(text, language)?.text ?? '';
}

/** `lang` for an element showing `shown` inside a page in `language`: set only when they differ. */
export function langIfDifferent(shown: ShownText | undefined, language: Language): Language | undefined {
  return shown && shown.lang !== language ? shown.lang : undefined;
}
