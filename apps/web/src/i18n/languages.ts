/** Languages of the interface; pt-BR is the default and the fallback, en is complete. */
export const supportedLanguages = ['pt-BR', 'en'] as const;

export type Language = (typeof supportedLanguages)[number];

export const defaultLanguage: Language = 'pt-BR';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (supportedLanguages as readonly string[]).includes(value);
}

/**
 * Maps a BCP 47 tag (`pt`, `pt-PT`, `en-US`, `EN`...) to the closest supported language, or
 * undefined when none fits.
 */
export function resolveLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const normalized = tag.trim().toLowerCase();
  const exact = supportedLanguages.find((language) => language.toLowerCase() === normalized);
  if (exact) return exact;
  const primary = normalized.split('-')[0];
  return supportedLanguages.find((language) => language.toLowerCase().split('-')[0] === primary);
}
