import type { ExperienceSummary } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { ExperienceCover } from './experience-cover';
import { langIfDifferent, pickText } from './localized-text';
import { PriceTag } from './price-tag';

/**
 * One experience in the catalogue. The name is the link (one tab stop per card); CSS stretches its
 * target over the whole card for pointer users. The heading comes first in the markup, so a
 * screen reader meets the name before the picture, which CSS shows on top.
 */
export function ExperienceCard({ experience }: { experience: ExperienceSummary }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const titleId = useId();
  const name = pickText(experience.name, language);
  const description = pickText(experience.description, language);

  return (
    <li className="experience-card" data-testid="experience-card">
      <article aria-labelledby={titleId} className="experience-card__article">
        <div className="experience-card__body">
          <h3 id={titleId} className="experience-card__title">
            <Link
              to="/experiences/$experienceId"
              params={{ experienceId: experience.id }}
              className="experience-card__link"
              lang={langIfDifferent(name, language)}
            >
              {name?.text}
            </Link>
          </h3>
          <p className="experience-card__category">{t(`catalogue.categories.${experience.category}`)}</p>
          {description && (
            <p className="experience-card__description" lang={langIfDifferent(description, language)}>
              {description.text}
            </p>
          )}
          <div className="experience-card__facts">
            <PriceTag experience={experience} className="price-tag" />
            <p className="experience-card__capacity">
              {t(`catalogue.capacity.${experience.category}`, { count: experience.capacity })}
            </p>
          </div>
        </div>
        <ExperienceCover image={experience.cover} category={experience.category} />
      </article>
    </li>
  );
}
