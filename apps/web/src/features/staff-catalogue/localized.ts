import type { LocalizedText } from '@promata/contracts';
import type { Language } from '../../i18n/languages';

/**
 * A catalogue text in the interface language, with the language it is really in: an experience
 * without an English name shows its Portuguese one, marked `lang="pt-BR"` for screen readers.
 */
export function localized(text: LocalizedText, language: Language): { text: string; lang: Language } {
  if (language === 'en' && text.en) return { text: text.en, lang: 'en' };
  return { text: text.pt, lang: 'pt-BR' };
}
