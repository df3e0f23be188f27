import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';
import { isStaffRole } from './user-policy';

/**
 * The header's way into the staff pages, for staff only (the pages are a 404 for everyone else).
 * Shown before MFA is set up too: following it leads to the setup first.
 */
export function StaffNavItem() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.status !== 'authenticated' || !isStaffRole(session.user.role)) return null;
  return (
    <li>
      <Link to="/staff" data-testid="staff-nav-link">
        {t('layout.nav.staff')}
      </Link>
    </li>
  );
}
