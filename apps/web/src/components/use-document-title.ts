import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets `<title>` to "page | site" in the current language. Screen readers announce the title and
 * it names the tab and the bookmark, so it follows language changes too.
 */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const siteName = t('app.name');
  useEffect(() => {
    document.title = `${pageTitle} | ${siteName}`;
  }, [pageTitle, siteName]);
}
