import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();

  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__name">{t('app.fullName')}</p>
        <p>{t('layout.footer.about')}</p>
        <p>{t('layout.footer.location')}</p>
      </div>
    </footer>
  );
}
