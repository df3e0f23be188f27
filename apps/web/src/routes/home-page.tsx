import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { CategoryOverview } from '../features/home/category-overview';
import { HomeHero } from '../features/home/home-hero';
import { PlatformStatusPanel } from '../features/platform/platform-status-panel';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));

  return (
    <>
      <HomeHero />
      <div className="container home-sections">
        <CategoryOverview />
        <PlatformStatusPanel />
      </div>
    </>
  );
}
