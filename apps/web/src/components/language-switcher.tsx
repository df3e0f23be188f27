import { useTranslation } from 'react-i18next';
import { rememberBrowserLanguage } from '../i18n/language-preference';
import { resolveLanguage, supportedLanguages } from '../i18n/languages';
import { useCurrentLanguage } from '../i18n/use-current-language';

/**
 * A native `<select>`: keyboard and screen-reader support for free, and it works at any width.
 * The change applies at once (no reload) and is remembered for the next visits.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const language = useCurrentLanguage();

  return (
    <div className="language-switcher">
      <label htmlFor="language-switcher">
        <GlobeIcon />
        {t('language.label')}
      </label>
      <select
        id="language-switcher"
        name="language"
        data-testid="language-switcher"
        value={language}
        onChange={(event) => {
          const next = resolveLanguage(event.target.value);
          if (!next) return;
          rememberBrowserLanguage(next);
          void i18n.changeLanguage(next);
        }}
      >
        {supportedLanguages.map((option) => (
          // Each option is named in its own language and marked as such for screen readers.
          <option key={option} value={option} lang={option}>
            {t(`language.names.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A globe, recognisable by visitors who cannot read the label's current language. */
function GlobeIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
    </svg>
  );
}
