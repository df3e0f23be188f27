import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from '../../features/auth/account-menu';
import { BookingsNavItems } from '../../features/bookings/bookings-nav-item';
import { StaffNavItem } from '../../features/staff/staff-nav-item';
import { LanguageSwitcher } from '../language-switcher';
import { SiteLogo } from './site-logo';

export function SiteHeader() {
  const { t } = useTranslation();

  return (
    <header className="site-header">
      <div className="container site-header__inner">
        {/* The accessible name starts with the visible text, as WCAG 2.5.3 asks. */}
        <Link to="/" className="brand" aria-label={t('layout.homeLink')}>
          <SiteLogo />
          <span>{t('app.name')}</span>
        </Link>
        <nav className="primary-nav" aria-label={t('layout.primaryNavigation')}>
          <ul>
            <li>
              <Link to="/" activeOptions={{ exact: true }}>
                {t('layout.nav.home')}
              </Link>
            </li>
            <li>
              <Link to="/experiences">{t('catalogue.nav')}</Link>
            </li>
            <li>
              {/* A plain link: /docs is the API's Swagger UI, not a route of this app. */}
              <a href="/docs">{t('layout.nav.apiDocs')}</a>
            </li>
            <BookingsNavItems />
            <StaffNavItem />
          </ul>
        </nav>
        <AccountMenu />
        <LanguageSwitcher />
      </div>
    </header>
  );
}
