import { Outlet } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageNotice } from '../notice/page-notice';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useFocusOnNavigation } from './use-focus-on-navigation';

export const mainContentId = 'main-content';

/** The frame of every page: skip link, header, main landmark, footer. */
export function RootLayout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigation(mainRef);

  return (
    <div className="app-shell">
      <a className="skip-link" href={`#${mainContentId}`}>
        {t('layout.skipToContent')}
      </a>
      <SiteHeader />
      {/* tabIndex -1: focusable by the skip link and after navigation, but not a tab stop. */}
      <main id={mainContentId} ref={mainRef} tabIndex={-1} className="site-main">
        <PageNotice />
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
