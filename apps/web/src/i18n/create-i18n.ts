import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, supportedLanguages, type Language } from './languages';
import { resources } from './resources';

/**
 * A dedicated i18next instance (not the global singleton), so that tests and future server
 * rendering can hold several instances without sharing state.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  // Resources are bundled and `initAsync: false` makes init finish synchronously, so the first
  // render already has every text; the returned promise carries nothing we need to wait for.
  void instance.init({
    resources,
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: supportedLanguages,
    // Only the exact tags we ship: never look for a `pt` or `en-US` bundle that does not exist.
    load: 'currentOnly',
    initAsync: false,
    // React already escapes every text it renders.
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return instance;
}
