import type { ExperienceCategory, ExperienceImage } from '@promata/contracts';
import { CategoryIcon, categoryOf } from '../home/category-icon';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { langIfDifferent, pickText } from './localized-text';

/**
 * A card's picture: the 4:3 `card` crop, loaded when scrolled near; without a picture, a tinted
 * tile with the category's icon keeps the cards aligned. Width and height reserve the space.
 */
export function ExperienceCover({ image, category }: { image: ExperienceImage | null; category: ExperienceCategory }) {
  const language = useCurrentLanguage();
  if (!image) {
    return (
      <div className="experience-cover experience-cover--empty">
        <CategoryIcon category={categoryOf[category]} className="experience-cover__icon" size={48} />
      </div>
    );
  }
  const alt = pickText(image.alt, language);
  const { card } = image.variants;
  return (
    <img
      className="experience-cover"
      src={card.url}
      width={card.width}
      height={card.height}
      alt={alt?.text ?? ''}
      lang={langIfDifferent(alt, language)}
      loading="lazy"
      decoding="async"
    />
  );
}
