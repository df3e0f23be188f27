import { Link, Outlet, useNavigate, useRouter, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { noticeStore } from '../../components/notice/notice-store';
import { useSession } from '../../features/auth/session-context';
import { needsMfaSetup } from '../../features/auth/staff';
import '../../styles/forms.css';
import '../../styles/account.css';

/** `/account/*`: the section navigation and, for staff without MFA, a reminder to set it up. */
export function AccountLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const router = useRouter();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });

  // The session can end while the page is open (signed out in another tab, refresh refused).
  // Deliberate exits navigate away first, so this only fires when it really ended under us.
  useEffect(() => {
    if (session.status !== 'anonymous') return;
    const { pathname: current, href } = router.state.location;
    if (!current.startsWith('/account')) return;
    noticeStore.show('sessionEnded', '/login');
    void navigate({ to: '/login', search: { redirect: href } });
  }, [session.status, router, navigate]);

  if (session.status !== 'authenticated') return null;

  return (
    <div className="container account">
      {needsMfaSetup(session.user) && pathname !== '/account/mfa' && (
        <div className="callout callout--warning" data-testid="staff-mfa-reminder">
          <p>{t('account.staffMfa.text')}</p>
          <Link to="/account/mfa" className="button">
            {t('account.staffMfa.link')}
          </Link>
        </div>
      )}
      <nav className="account-nav" aria-label={t('account.nav.label')}>
        <ul>
          <li>
            <Link to="/account" activeOptions={{ exact: true }}>
              {t('account.nav.profile')}
            </Link>
          </li>
          <li>
            <Link to="/account/security">{t('account.nav.security')}</Link>
          </li>
          <li>
            <Link to="/account/privacy">{t('account.nav.privacy')}</Link>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
