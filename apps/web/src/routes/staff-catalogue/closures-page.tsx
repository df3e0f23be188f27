import { reserveTimeZone, type Closure } from '@promata/contracts';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/text-field';
import { Pagination } from '../../components/pagination';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { isCalendarDate, todayIn } from '../../lib/calendar-date';
import { useSessionStore } from '../../features/auth/session-context';
import { ClosureForm } from '../../features/staff-catalogue/closure-form';
import { ClosureList, type ClosureScope } from '../../features/staff-catalogue/closure-list';
import {
  fetchStaffClosures,
  staffClosuresQueryKey,
  type CreatedClosure,
} from '../../features/staff-catalogue/closures-api';
import { pageWindow } from '../../features/staff-catalogue/experience-search';
import { localized } from '../../features/staff-catalogue/localized';
import { focusAfterRender } from '../../features/staff-catalogue/reorder';
import { RemoveClosureDialog } from '../../features/staff-catalogue/remove-closure-dialog';
import { useExperienceOptions } from '../../features/staff-catalogue/use-experience-options';

const closuresPageSize = 50;

type Result = { kind: 'created'; overlappingBookings: number } | { kind: 'removed' };

/** `/staff/closures`: a new closure on top, the calendar of closures from a chosen day below. */
export function ClosuresPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staffCatalogue.closures.title'));
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const queryClient = useQueryClient();
  const [today] = useState(() => todayIn(reserveTimeZone));
  const [fromInput, setFromInput] = useState(today);
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<Result>();
  const [removing, setRemoving] = useState<Closure>();
  // A half-typed date in the box keeps the last complete one.
  const from = isCalendarDate(fromInput) ? fromInput : today;
  const experiences = useExperienceOptions();
  const closures = useQuery({
    queryKey: [...staffClosuresQueryKey, from, page],
    queryFn: ({ signal }) => fetchStaffClosures(session, { from, page, pageSize: closuresPageSize }, { signal }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: staffClosuresQueryKey });

  const scopeOf = (closure: Closure): ClosureScope => {
    if (closure.experienceId === null) return { text: t('staffCatalogue.closures.wholeReserve') };
    const experience = experiences.data?.find((candidate) => candidate.id === closure.experienceId);
    return experience ? localized(experience.name, language) : { text: t('staffCatalogue.closures.unknownExperience') };
  };

  const created = async (closure: CreatedClosure) => {
    setResult({ kind: 'created', overlappingBookings: closure.overlappingBookings });
    await refresh();
  };

  return (
    <>
      <h1>{t('staffCatalogue.closures.heading')}</h1>
      <p>{t('staffCatalogue.closures.intro')}</p>

      <section className="account-section" aria-labelledby="new-closure-heading">
        <h2 id="new-closure-heading">{t('staffCatalogue.closures.newHeading')}</h2>
        <QueryState query={experiences} errorText={t('staffCatalogue.closures.experiencesError')}>
          {(items) => <ClosureForm today={today} experiences={items} onCreated={created} />}
        </QueryState>
      </section>

      {/* Always present, so the outcome (and the bookings to contact) is announced when it appears. */}
      <div role="status" data-testid="closure-result" className="catalogue-result">
        {result?.kind === 'created' && <p className="form-success">{t('staffCatalogue.closures.created')}</p>}
        {result?.kind === 'created' && result.overlappingBookings > 0 && (
          <p className="callout callout--warning" data-testid="closure-overlapping">
            {t('staffCatalogue.closures.overlapping', { count: result.overlappingBookings })}
          </p>
        )}
        {result?.kind === 'removed' && <p className="form-success">{t('staffCatalogue.closures.removed')}</p>}
      </div>

      <section className="account-section" aria-labelledby="closures-list-heading">
        <h2 id="closures-list-heading" tabIndex={-1} className="focus-target">
          {t('staffCatalogue.closures.listHeading')}
        </h2>
        <div className="staff-filters staff-filters--single">
          <TextField
            id="closures-from"
            type="date"
            label={t('staffCatalogue.closures.from')}
            value={fromInput}
            onChange={(event) => {
              setFromInput(event.target.value);
              setPage(1);
            }}
          />
        </div>
        <QueryState query={closures} errorText={t('staffCatalogue.closures.loadError')}>
          {(data) =>
            data.items.length === 0 ? (
              <p data-testid="closures-empty">{t('staffCatalogue.closures.empty')}</p>
            ) : (
              <div aria-busy={closures.isFetching}>
                <ClosureList
                  closures={data.items}
                  scopeOf={scopeOf}
                  onRemove={(closure) => {
                    setResult(undefined);
                    setRemoving(closure);
                  }}
                />
                <Pagination
                  page={page}
                  pages={pageWindow(data.page, closuresPageSize, data.total).pages}
                  onPage={setPage}
                />
              </div>
            )
          }
        </QueryState>
      </section>

      {removing && (
        <RemoveClosureDialog
          closure={removing}
          scope={scopeOf(removing).text}
          onClose={() => setRemoving(undefined)}
          onStale={() => void refresh()}
          onRemoved={async () => {
            setResult({ kind: 'removed' });
            await refresh();
            // Its row and button are gone: focus goes to the calendar's heading.
            focusAfterRender('closures-list-heading');
          }}
        />
      )}
    </>
  );
}
