import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueNotices } from '../../features/staff-catalogue/catalogue-notice';
import '../../styles/staff-catalogue.css';

/** The catalogue pages inside the staff layout: their section navigation and their notices. */
export function CatalogueLayout() {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const notice = useSyncExternalStore(catalogueNotices.subscribe, catalogueNotices.get);

  useEffect(() => {
    catalogueNotices.leave(pathname);
  }, [pathname]);

  const visible = notice && notice.path === pathname ? notice : undefined;
  return (
    <>
      <nav className="catalogue-nav" aria-label={t('staffCatalogue.nav.label')}>
        <ul>
          <li>
            <Link to="/staff/experiences">{t('staffCatalogue.nav.experiences')}</Link>
          </li>
          <li>
            <Link to="/staff/closures">{t('staffCatalogue.nav.closures')}</Link>
          </li>
          <li>
            <Link to="/staff/highlights">{t('staffCatalogue.nav.highlights')}</Link>
          </li>
        </ul>
      </nav>
      {/* Always present, so screen readers announce the text when it appears. */}
      <div role="status" data-testid="catalogue-notice">
        {visible && <p className="form-success">{t(`staffCatalogue.notices.${visible.key}`)}</p>}
      </div>
      <Outlet />
    </>
  );
}
