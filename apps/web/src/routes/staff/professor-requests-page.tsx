import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from '../../components/form/form-alert';
import { SelectField } from '../../components/form/select-field';
import { Pagination } from '../../components/pagination';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSessionStore } from '../../features/auth/session-context';
import { ProfessorQueue } from '../../features/staff/professor-queue';
import { ProfessorRequestDetail } from '../../features/staff/professor-request-detail';
import { fetchProfessorRequests, professorRequestsQueryKey } from '../../features/staff/staff-api';
import { StaffAlert } from '../../features/staff/staff-alert';
import { pageWindow, queueParams, staffPageSize, type QueueStatus } from '../../features/staff/staff-search';
import { useRefreshStaff } from '../../features/staff/use-refresh-staff';

const route = getRouteApi('/staff/professor-requests');

const statuses: readonly QueueStatus[] = ['PENDING', 'APPROVED', 'REJECTED'];

export function ProfessorRequestsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.professorRequests.title'));
  const session = useSessionStore();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const refresh = useRefreshStaff();
  const status = search.status ?? 'PENDING';
  const [selectedId, setSelectedId] = useState<string>();
  const [result, setResult] = useState<string>();
  const [refusal, setRefusal] = useState<unknown>();
  const queueHeadingRef = useRef<HTMLHeadingElement>(null);
  const detailHeadingRef = useRef<HTMLHeadingElement>(null);
  const params = queueParams(search);
  const queue = useQuery({
    queryKey: [...professorRequestsQueryKey, params.toString()],
    queryFn: ({ signal }) => fetchProfessorRequests(session, params, { signal }),
    placeholderData: keepPreviousData,
  });
  const selected = queue.data?.items.find((request) => request.id === selectedId);

  // A chosen request is shown beside the list (below it on a phone): take the reader there.
  useEffect(() => {
    if (selectedId) detailHeadingRef.current?.focus();
  }, [selectedId]);

  /** After a decision (or a refusal that emptied the view): back to the refreshed queue. */
  const backToQueue = async () => {
    setSelectedId(undefined);
    await refresh();
    requestAnimationFrame(() => queueHeadingRef.current?.focus());
  };

  return (
    <>
      <h1>{t('staff.professorRequests.heading')}</h1>
      <p>{t('staff.professorRequests.intro')}</p>
      <div className="staff-filters staff-filters--single">
        <SelectField
          id="queue-status"
          label={t('staff.professorRequests.status')}
          value={status}
          options={statuses.map((value) => ({ value, label: t(`staff.professorRequests.statuses.${value}`) }))}
          onChange={(event) => {
            const next = statuses.find((value) => value === event.target.value);
            setSelectedId(undefined);
            setResult(undefined);
            setRefusal(undefined);
            void navigate({ search: { status: next === 'PENDING' ? undefined : next, page: undefined } });
          }}
        />
      </div>
      <FormSuccess message={result} testId="staff-result" />
      <StaffAlert error={refusal} testId="queue-error" />
      <div className="review">
        <section className="review__queue" aria-labelledby="queue-heading">
          <h2 id="queue-heading" ref={queueHeadingRef} tabIndex={-1} className="focus-target">
            {t('staff.professorRequests.queueHeading')}
          </h2>
          <QueryState query={queue} errorText={t('staff.professorRequests.loadError')}>
            {(data) => {
              const { first, last, pages } = pageWindow(data.page, staffPageSize, data.total);
              return (
                <>
                  <p role="status" data-testid="queue-count">
                    {data.items.length === 0
                      ? t('staff.professorRequests.empty')
                      : t('staff.professorRequests.showing', { first, last, total: data.total })}
                  </p>
                  {data.items.length > 0 && (
                    <ProfessorQueue
                      requests={data.items}
                      selectedId={selected?.id}
                      onSelect={(request) => {
                        setResult(undefined);
                        setRefusal(undefined);
                        setSelectedId(request.id);
                        // Chosen again (already shown): the effect will not run, so focus here.
                        if (request.id === selectedId) detailHeadingRef.current?.focus();
                      }}
                    />
                  )}
                  <Pagination
                    page={search.page ?? 1}
                    pages={pages}
                    onPage={(next) =>
                      void navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) })
                    }
                  />
                </>
              );
            }}
          </QueryState>
        </section>
        <div className="review__detail">
          {selected ? (
            <ProfessorRequestDetail
              key={selected.id}
              request={selected}
              headingRef={detailHeadingRef}
              onDecided={(message) => {
                setResult(message);
                void backToQueue();
              }}
              onRefused={(error) => {
                setRefusal(error);
                void backToQueue();
              }}
            />
          ) : (
            <p className="review__hint">{t('staff.professorRequests.selectHint')}</p>
          )}
        </div>
      </div>
    </>
  );
}
