import { defaultLanguage, resolveLanguage, type Language } from './languages';

/** localStorage key holding the language the visitor chose explicitly. */
export const languageStorageKey = 'promata.language';

export function readStoredLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language | undefined {
  try {
    return resolveLanguage(storage?.getItem(languageStorageKey));
  } catch {
    // Storage can be disabled (privacy settings); then there is simply no stored choice.
    return undefined;
  }
}

export function storeLanguage(language: Language, storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // Not persisting the choice is acceptable; the language still changes for this visit.
  }
}

/** The stored choice first, then the browser's preferred languages in order, then pt-BR. */
export function detectLanguage(storage: Pick<Storage, 'getItem'> | undefined, preferred: readonly string[]): Language {
  const stored = readStoredLanguage(storage);
  if (stored) return stored;
  for (const tag of preferred) {
    const language = resolveLanguage(tag);
    if (language) return language;
  }
  return defaultLanguage;
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function detectBrowserLanguage(): Language {
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return detectLanguage(browserStorage(), preferred);
}

export function rememberBrowserLanguage(language: Language): void {
  storeLanguage(language, browserStorage());
}
