import type { i18n } from 'i18next';
import { defaultLanguage, resolveLanguage } from './languages';

/**
 * Keeps `<html lang>` equal to the interface language: screen readers pick their voice and
 * browsers their hyphenation and translation offers from it. Returns a function that stops it.
 */
export function syncDocumentLanguage(instance: i18n, root: HTMLElement = document.documentElement): () => void {
  const apply = (tag: string | undefined): void => {
    root.lang = resolveLanguage(tag) ?? defaultLanguage;
  };
  apply(instance.resolvedLanguage ?? instance.language);
  instance.on('languageChanged', apply);
  return () => instance.off('languageChanged', apply);
}
