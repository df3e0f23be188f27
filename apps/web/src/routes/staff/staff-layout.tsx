import { Link, Outlet, useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { noticeStore } from '../../components/notice/notice-store';
import { useSession } from '../../features/auth/session-context';
import { useConsoleTranslation } from '../../features/staff-dashboard/use-console-translation';
import '../../styles/forms.css';
import '../../styles/account.css';
import '../../styles/staff.css';

/** `/staff/*`: the section navigation (styled like the account's) around the staff pages. */
export function StaffLayout() {
  const { t } = useTranslation();
  const { t: tConsole } = useConsoleTranslation();
  const session = useSession();
  const router = useRouter();
  const navigate = useNavigate();

  // The session can end while the page is open (signed out in another tab, refresh refused):
  // the staff data must not stay on screen. Deliberate exits navigate away before that.
  useEffect(() => {
    if (session.status !== 'anonymous') return;
    const { pathname, href } = router.state.location;
    if (!pathname.startsWith('/staff')) return;
    noticeStore.show('sessionEnded', '/login');
    void navigate({ to: '/login', search: { redirect: href } });
  }, [session.status, router, navigate]);

  if (session.status !== 'authenticated') return null;

  return (
    <div className="container staff">
      <nav className="account-nav" aria-label={t('staff.nav.label')}>
        <ul>
          <li>
            <Link to="/staff" activeOptions={{ exact: true }}>
              {tConsole('dashboard.nav.dashboard')}
            </Link>
          </li>
          <li>
            <Link to="/staff/bookings">{t('staffBookings.nav')}</Link>
          </li>
          <li>
            <Link to="/staff/users">{t('staff.nav.users')}</Link>
          </li>
          <li>
            <Link to="/staff/professor-requests">{t('staff.nav.professorRequests')}</Link>
          </li>
          <li>
            <Link to="/staff/experiences">{t('staffCatalogue.nav.link')}</Link>
          </li>
          <li>
            <Link to="/staff/reports">{tConsole('dashboard.nav.reports')}</Link>
          </li>
          <li>
            <Link to="/staff/audit">{tConsole('dashboard.nav.audit')}</Link>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
