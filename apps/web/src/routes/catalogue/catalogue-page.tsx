import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { CatalogueFilters, type FilterChange } from '../../features/catalogue/catalogue-filters';
import { CataloguePagination } from '../../features/catalogue/catalogue-pagination';
import { experiencesQuery } from '../../features/catalogue/catalogue-queries';
import {
  cataloguePageSize,
  experienceListParams,
  hasFilters,
  pageCount,
} from '../../features/catalogue/catalogue-search';
import { ExperienceCard } from '../../features/catalogue/experience-card';
import '../../styles/forms.css';
import '../../styles/catalogue.css';

const route = getRouteApi('/experiences');

/** `/experiences`: the public catalogue, filtered and paged through the address bar. */
export function CataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.list.title'));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const experiences = useQuery(experiencesQuery(experienceListParams(search)));
  const page = search.page ?? 1;

  // A new filter starts again from the first page; replacing the history entry keeps Back useful
  // (it leaves the catalogue instead of undoing each letter typed).
  const changeFilters = useCallback(
    (change: FilterChange) =>
      void navigate({ search: (previous) => ({ ...previous, ...change, page: undefined }), replace: true }),
    [navigate],
  );

  return (
    <div className="container catalogue-page">
      <h1>{t('catalogue.list.heading')}</h1>
      <p className="catalogue-page__intro">{t('catalogue.list.intro')}</p>
      <CatalogueFilters search={search} onChange={changeFilters} />
      <h2 className="visually-hidden">{t('catalogue.list.resultsHeading')}</h2>
      <QueryState query={experiences} errorText={t('catalogue.list.loadError')}>
        {(data) => {
          const pages = pageCount(data.total);
          const first = (data.page - 1) * cataloguePageSize + 1;
          return (
            <div className="catalogue-results" aria-busy={experiences.isFetching}>
              <p role="status" className="catalogue-results__count" data-testid="catalogue-count">
                {data.total === 0
                  ? t(hasFilters(search) ? 'catalogue.list.emptyFiltered' : 'catalogue.list.empty')
                  : t('catalogue.list.count', { count: data.total })}
                {data.items.length > 0 && pages > 1 && (
                  <>
                    {' '}
                    {t('catalogue.list.showing', {
                      first,
                      last: first + data.items.length - 1,
                      total: data.total,
                    })}
                  </>
                )}
              </p>
              {data.items.length > 0 && (
                <ul className="experience-grid" data-testid="experience-grid">
                  {data.items.map((experience) => (
                    <ExperienceCard key={experience.id} experience={experience} />
                  ))}
                </ul>
              )}
              <CataloguePagination page={page} pages={pages} />
            </div>
          );
        }}
      </QueryState>
    </div>
  );
}
