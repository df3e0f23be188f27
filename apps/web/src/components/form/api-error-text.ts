import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { ApiError } from '../../lib/api-client';

/** "45 seconds", "15 minutes": whole minutes from a minute on, with the language's plural forms. */
export function formatWait(seconds: number, language: Language): string {
  const [value, unit] = seconds < 60 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/**
 * What to tell the user about a failed request. The API's message is already in the language of
 * the request; failures that never reached it (network, a proxy's HTML page) get the app's own.
 */
export function apiErrorText(t: TFunction, error: unknown, language: Language): string {
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.code === 'NETWORK_ERROR') return t('errors.network');
  if (error.code === 'HTTP_ERROR' || error.code === 'INVALID_RESPONSE') return t('errors.unexpected');
  if (error.retryAfterSeconds !== undefined && (error.status === 429 || error.status === 503)) {
    return `${error.message} ${t('errors.retryAfter', { wait: formatWait(error.retryAfterSeconds, language) })}`;
  }
  return error.message;
}

/** `apiErrorText` in the current language. */
export function useApiErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (error) => apiErrorText(t, error, language);
}
