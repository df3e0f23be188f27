import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../components/use-document-title';
import { CategoryOverview } from '../features/home/category-overview';
import { HighlightCarousel } from '../features/home/highlight-carousel';
import { HomeHero } from '../features/home/home-hero';
import { useHomeHighlights } from '../features/home/home-highlights';
import { PlatformStatusPanel } from '../features/platform/platform-status-panel';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const highlights = useHomeHighlights();

  return (
    <>
      <HomeHero />
      <div className="container home-sections">
        {highlights.carousel.length > 0 && <HighlightCarousel slides={highlights.carousel} />}
        <CategoryOverview highlights={highlights.all} />
        <PlatformStatusPanel />
      </div>
    </>
  );
}
