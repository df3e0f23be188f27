import type { AccessTokenResponse } from '@promata/contracts';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { rememberBrowserLanguage } from '../../i18n/language-preference';
import { resolveLanguage } from '../../i18n/languages';
import { sanitizeRedirect } from './redirect-target';
import { useSessionStore } from './session-context';
import { needsMfaSetup } from './staff';

/**
 * After a successful login: keep the session, speak the user's language, then go where they were
 * going, except for staff without MFA, who set it up first (and continue afterwards).
 */
export function useCompleteLogin(requested: string | undefined): (response: AccessTokenResponse) => Promise<void> {
  const session = useSessionStore();
  const router = useRouter();
  const { i18n } = useTranslation();

  // Checked again where it is used, whatever the route's validation did.
  const redirect = sanitizeRedirect(requested);

  return async (response) => {
    session.signIn(response);
    const language = resolveLanguage(response.user.locale);
    if (language && language !== i18n.resolvedLanguage) {
      rememberBrowserLanguage(language);
      await i18n.changeLanguage(language);
    }
    if (needsMfaSetup(response.user)) {
      await router.navigate({ to: '/account/mfa', search: { redirect } });
    } else {
      await router.navigate({ href: redirect ?? '/' });
    }
  };
}
