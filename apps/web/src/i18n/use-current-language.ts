import { useTranslation } from 'react-i18next';
import { defaultLanguage, resolveLanguage, type Language } from './languages';

/** The interface language as a supported `Language`; re-renders the caller when it changes. */
export function useCurrentLanguage(): Language {
  const { i18n } = useTranslation();
  return resolveLanguage(i18n.resolvedLanguage ?? i18n.language) ?? defaultLanguage;
}
