import type { ExperienceImage } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { langIfDifferent, pickText } from './localized-text';
import { responsiveSrcSet } from './responsive-image';

/**
 * The experience's photos in their order: the cover wide, the others in a grid. Each offers its
 * resized variants (`srcset`) so a phone downloads the 480 px file and a wide screen the 1600 px
 * one; `sizes` tells the browser how wide each slot is before the CSS has loaded.
 */
export function ExperienceGallery({ images }: { images: readonly ExperienceImage[] }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  if (images.length === 0) return null;
  return (
    <section className="gallery" aria-labelledby="gallery-heading">
      <h2 id="gallery-heading" className="visually-hidden">
        {t('catalogue.detail.photos')}
      </h2>
      <ul className={images.length === 1 ? 'gallery__list gallery__list--single' : 'gallery__list'}>
        {images.map((image, index) => {
          const alt = pickText(image.alt, language);
          const cover = index === 0;
          return (
            <li key={image.id} className={cover ? 'gallery__item gallery__item--cover' : 'gallery__item'}>
              <img
                src={image.variants.w960.url}
                srcSet={responsiveSrcSet(image.variants)}
                sizes={
                  cover ? '(min-width: 72rem) 48rem, (min-width: 48rem) 66vw, 100vw' : '(min-width: 48rem) 24rem, 50vw'
                }
                width={image.width}
                height={image.height}
                alt={alt?.text ?? ''}
                lang={langIfDifferent(alt, language)}
                // The cover is the page's main picture: fetched at once, the rest when scrolled near.
                loading={cover ? 'eager' : 'lazy'}
                decoding="async"
                data-testid="gallery-image"
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
