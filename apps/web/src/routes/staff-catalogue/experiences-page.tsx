import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../components/pagination';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSessionStore } from '../../features/auth/session-context';
import { ExperienceFilters } from '../../features/staff-catalogue/experience-filters';
import {
  experienceListParams,
  experiencePageSize,
  hasFilters,
  pageWindow,
  type ExperienceSearch,
} from '../../features/staff-catalogue/experience-search';
import { ExperiencesTable } from '../../features/staff-catalogue/experiences-table';
import { fetchStaffExperiences, staffExperiencesQueryKey } from '../../features/staff-catalogue/experiences-api';

const route = getRouteApi('/staff-catalogue/catalogue/staff/experiences');

/** `/staff/experiences`: every experience, active or not, with filters and paging in the address. */
export function ExperiencesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staffCatalogue.experiences.title'));
  const session = useSessionStore();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const params = experienceListParams(search);
  const page = search.page ?? 1;
  const experiences = useQuery({
    queryKey: [...staffExperiencesQueryKey, params.toString()],
    queryFn: ({ signal }) => fetchStaffExperiences(session, params, { signal }),
    // The table stays while the next search loads, instead of flashing "loading" at each letter.
    placeholderData: keepPreviousData,
  });

  const changeFilters = useCallback(
    (change: Omit<ExperienceSearch, 'page'>) =>
      void navigate({ search: (previous) => ({ ...previous, ...change, page: undefined }), replace: true }),
    [navigate],
  );

  return (
    <>
      <h1>{t('staffCatalogue.experiences.heading')}</h1>
      <p>{t('staffCatalogue.experiences.intro')}</p>
      <div className="staff-toolbar">
        <Link to="/staff/experiences/new" className="button" data-testid="new-experience">
          {t('staffCatalogue.experiences.new')}
        </Link>
      </div>
      <ExperienceFilters search={search} onChange={changeFilters} />
      <h2 className="staff-results__heading">{t('staffCatalogue.experiences.caption')}</h2>
      <QueryState query={experiences} errorText={t('staffCatalogue.experiences.loadError')}>
        {(data) => {
          const { first, last, pages } = pageWindow(data.page, experiencePageSize, data.total);
          return (
            <div className="staff-results" aria-busy={experiences.isFetching}>
              <p role="status" data-testid="experiences-count">
                {data.items.length === 0
                  ? hasFilters(search)
                    ? t('staffCatalogue.experiences.emptyFiltered')
                    : t('staffCatalogue.experiences.empty')
                  : t('staffCatalogue.experiences.showing', { first, last, total: data.total })}
              </p>
              {data.items.length > 0 && <ExperiencesTable experiences={data.items} />}
              <Pagination
                page={page}
                pages={pages}
                onPage={(next) =>
                  void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) })
                }
              />
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
