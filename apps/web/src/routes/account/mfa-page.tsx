import { getRouteApi, Link, useRouter } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noticeStore } from '../../components/notice/notice-store';
import { useDocumentTitle } from '../../components/use-document-title';
import { MfaSetup } from '../../features/account/mfa-setup';
import { sanitizeRedirect } from '../../features/auth/redirect-target';
import { useSession } from '../../features/auth/session-context';
import { needsMfaSetup } from '../../features/auth/staff';

const route = getRouteApi('/account/mfa');

export function MfaPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.mfa.title'));
  const session = useSession();
  const router = useRouter();
  const { redirect } = route.useSearch();
  // Decided once: MFA turns on during the setup, and the page must not switch to "already on"
  // while the recovery codes are still on screen.
  const [alreadyOn] = useState(() => session.status === 'authenticated' && session.user.mfaEnabled);
  const [required] = useState(() => session.status === 'authenticated' && needsMfaSetup(session.user));

  const finish = async () => {
    const target = sanitizeRedirect(redirect) ?? '/account/security';
    noticeStore.show('mfaEnabled', target.split(/[?#]/)[0] ?? target);
    await router.navigate({ href: target });
  };

  return (
    <>
      <h1>{t('account.mfa.heading')}</h1>
      {alreadyOn ? (
        <>
          <p>{t('account.mfa.alreadyOn')}</p>
          <p>
            <Link to="/account/security">{t('account.mfa.backToSecurity')}</Link>
          </p>
        </>
      ) : (
        <>
          {required && (
            <p className="callout callout--warning" data-testid="mfa-required">
              {t('account.mfa.required')}
            </p>
          )}
          <MfaSetup onFinished={finish} />
        </>
      )}
    </>
  );
}
