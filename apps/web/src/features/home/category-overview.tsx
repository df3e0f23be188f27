import { useTranslation } from 'react-i18next';
import { CategoryIcon, type Category } from './category-icon';

/** The four kinds of experience of the design, in the order the reserve presents them. */
const categories = ['trails', 'lodging', 'laboratories', 'events'] as const satisfies readonly Category[];

export function CategoryOverview() {
  const { t } = useTranslation();

  return (
    <section className="categories" aria-labelledby="categories-heading">
      <h2 id="categories-heading">{t('home.categories.heading')}</h2>
      <ul className="categories__list">
        {categories.map((category) => (
          <li key={category} className="category-card">
            <CategoryIcon category={category} />
            <h3>{t(`home.categories.${category}.title`)}</h3>
            <p>{t(`home.categories.${category}.description`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
