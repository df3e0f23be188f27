import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Pagination } from '../../components/pagination';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSessionStore } from '../../features/auth/session-context';
import { auditQueryKey, fetchAudit } from '../../features/staff-audit/audit-api';
import { AuditFilters } from '../../features/staff-audit/audit-filters';
import { auditPageSize, pageCount } from '../../features/staff-audit/audit-search';
import { AuditTable } from '../../features/staff-audit/audit-table';
import { useConsoleTranslation } from '../../features/staff-dashboard/use-console-translation';
import '../../features/staff-dashboard/staff-console.css';

const route = getRouteApi('/staff/audit');

/** `/staff/audit`: the whole trail, newest first, filtered by kind, target and actor (in the address). */
export function AuditPage() {
  const { t } = useConsoleTranslation();
  useDocumentTitle(t('audit.title'));
  const session = useSessionStore();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const filter = { ...search, page, pageSize: auditPageSize };
  const audit = useQuery({
    queryKey: [...auditQueryKey, 'page', filter],
    queryFn: ({ signal }) => fetchAudit(session, filter, { signal }),
    placeholderData: keepPreviousData,
  });
  const filtered = Boolean(search.targetType || search.targetId || search.actorId);

  return (
    <div className="staff-console">
      <h1>{t('audit.heading')}</h1>
      <p>{t('audit.intro')}</p>
      <AuditFilters
        key={`${search.targetType ?? ''}/${search.targetId ?? ''}/${search.actorId ?? ''}`}
        search={search}
        onChange={(filters) => void navigate({ search: { ...filters, page: undefined } })}
      />
      <QueryState query={audit} errorText={t('audit.loadError')}>
        {(data) => {
          const first = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
          const last = Math.min(data.page * data.pageSize, data.total);
          return (
            <div aria-busy={audit.isFetching}>
              <p role="status" data-testid="audit-count">
                {data.items.length === 0
                  ? filtered
                    ? t('audit.emptyFiltered')
                    : t('audit.empty')
                  : t('audit.showing', { first, last, total: data.total })}
              </p>
              {data.items.length > 0 && <AuditTable entries={data.items} />}
              <Pagination
                page={page}
                pages={pageCount(data.total, auditPageSize)}
                onPage={(next) =>
                  void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) })
                }
              />
            </div>
          );
        }}
      </QueryState>
    </div>
  );
}
