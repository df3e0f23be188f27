import { useRouterState } from '@tanstack/react-router';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { noticeStore } from './notice-store';

/** Shows the pending notice above the page it was meant for. */
export function PageNotice() {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const notice = useSyncExternalStore(noticeStore.subscribe, noticeStore.get);

  useEffect(() => {
    noticeStore.leave(pathname);
  }, [pathname]);

  const visible = notice && notice.path === pathname ? notice : undefined;
  return (
    // Always present, so screen readers announce the text when it appears.
    <div role="status" className="container" data-testid="page-notice">
      {visible && (
        <div className="page-notice">
          <p>{t(`notices.messages.${visible.key}`)}</p>
          <button type="button" className="button button--secondary" onClick={() => noticeStore.dismiss()}>
            {t('notices.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
