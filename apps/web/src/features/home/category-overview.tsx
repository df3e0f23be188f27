import type { ExperienceCategory, Highlight } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CategoryHighlights } from './category-highlights';
import { CategoryIcon, categoryOf } from './category-icon';

/** The four kinds of experience of the design, in the order the reserve presents them. */
const categories = ['TRAIL', 'HOSTING', 'LABORATORY', 'EVENT'] as const satisfies readonly ExperienceCategory[];

/**
 * The four categories, each with staff's highlights for it (up to 3) and a way into the catalogue
 * filtered by it. Highlights are optional: without them (or while they load) the cards still stand.
 */
export function CategoryOverview({ highlights = [] }: { highlights?: readonly Highlight[] }) {
  const { t } = useTranslation();

  return (
    <section className="categories" aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t('home.categories.heading')}</h2>
      <ul className="categories__list">
        {categories.map((category) => {
          const key = categoryOf[category];
          const title = t(`home.categories.${key}.title`);
          return (
            <li key={category} className="category-card" data-testid={`category-${category}`}>
              <CategoryIcon category={key} />
              <h3>{title}</h3>
              <p>{t(`home.categories.${key}.description`)}</p>
              <CategoryHighlights
                label={t('catalogue.home.categoryHighlights', { category: title })}
                highlights={highlights.filter((highlight) => highlight.slot === category)}
              />
              <p className="category-card__more">
                <Link to="/experiences" search={{ category }}>
                  {t(`catalogue.home.categoryLinks.${category}`)}
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
