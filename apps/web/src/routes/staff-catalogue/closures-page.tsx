import { maxPageSize, reserveTimeZone, type Closure } from '@promata/contracts';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/select-field';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { monthOf, todayIn } from '../../lib/calendar-date';
import { useSessionStore } from '../../features/auth/session-context';
import { ClosureCalendar, shownClosureMonths } from '../../features/staff-catalogue/closure-calendar';
import { ClosureEditDialog } from '../../features/staff-catalogue/closure-edit-dialog';
import { ClosureForm } from '../../features/staff-catalogue/closure-form';
import { ClosureList, type ClosureScope } from '../../features/staff-catalogue/closure-list';
import {
  fetchStaffClosures,
  staffClosuresQueryKey,
  type CreatedClosure,
} from '../../features/staff-catalogue/closures-api';
import { localized } from '../../features/staff-catalogue/localized';
import { focusAfterRender } from '../../features/staff-catalogue/reorder';
import { RemoveClosureDialog } from '../../features/staff-catalogue/remove-closure-dialog';
import { useExperienceOptions } from '../../features/staff-catalogue/use-experience-options';

type Result = { kind: 'created' | 'saved'; overlappingBookings: number } | { kind: 'removed' };

/**
 * `/staff/closures`: a new closure on top; below, two months of closures as day grids, for the
 * whole catalogue or one experience (with the whole reserve's), and the same closures as a list
 * to edit or delete them.
 */
export function ClosuresPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staffCatalogue.closures.title'));
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const queryClient = useQueryClient();
  const [today] = useState(() => todayIn(reserveTimeZone));
  const [month, setMonth] = useState(() => monthOf(today));
  const [experienceId, setExperienceId] = useState('');
  const [result, setResult] = useState<Result>();
  const [editing, setEditing] = useState<Closure>();
  const [removing, setRemoving] = useState<Closure>();
  const experiences = useExperienceOptions();
  const { first, last } = shownClosureMonths(month);
  // Two months hold far fewer closures than a page of the largest size; a note says if not.
  const closures = useQuery({
    queryKey: [...staffClosuresQueryKey, first, last, experienceId],
    queryFn: ({ signal }) =>
      fetchStaffClosures(
        session,
        { from: first, to: last, experienceId: experienceId || undefined, page: 1, pageSize: maxPageSize },
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: staffClosuresQueryKey });

  const scopeOf = (closure: Closure): ClosureScope => {
    if (closure.experienceId === null) return { text: t('staffCatalogue.closures.wholeReserve') };
    const experience = experiences.data?.find((candidate) => candidate.id === closure.experienceId);
    return experience ? localized(experience.name, language) : { text: t('staffCatalogue.closures.unknownExperience') };
  };

  const saved = (kind: 'created' | 'saved') => async (closure: CreatedClosure) => {
    setResult({ kind, overlappingBookings: closure.overlappingBookings });
    await refresh();
  };

  return (
    <>
      <h1>{t('staffCatalogue.closures.heading')}</h1>
      <p>{t('staffCatalogue.closures.intro')}</p>

      <section className="account-section" aria-labelledby="new-closure-heading">
        <h2 id="new-closure-heading">{t('staffCatalogue.closures.newHeading')}</h2>
        <QueryState query={experiences} errorText={t('staffCatalogue.closures.experiencesError')}>
          {(items) => <ClosureForm today={today} experiences={items} onSaved={saved('created')} />}
        </QueryState>
      </section>

      {/* Always present, so the outcome (and the bookings to contact) is announced when it appears. */}
      <div role="status" data-testid="closure-result" className="catalogue-result">
        {result?.kind === 'created' && <p className="form-success">{t('staffCatalogue.closures.created')}</p>}
        {result?.kind === 'saved' && <p className="form-success">{t('staffCatalogue.closures.saved')}</p>}
        {result?.kind !== 'removed' && result && result.overlappingBookings > 0 && (
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
          <SelectField
            id="closures-experience"
            label={t('staffCatalogue.closures.filter')}
            hint={t('staffCatalogue.closures.filterHint')}
            value={experienceId}
            onChange={(event) => setExperienceId(event.target.value)}
            options={[
              { value: '', label: t('staffCatalogue.closures.filterAll') },
              ...(experiences.data ?? []).map((experience) => {
                const name = localized(experience.name, language);
                return { value: experience.id, label: name.text, lang: name.lang === language ? undefined : name.lang };
              }),
            ]}
          />
        </div>
        <ClosureCalendar
          month={month}
          onMonthChange={setMonth}
          closures={closures.data?.items ?? []}
          today={today}
          busy={closures.isFetching}
          scopeOf={(closure) => scopeOf(closure).text}
        />
      </section>

      <section className="account-section" aria-labelledby="closures-months-heading">
        <h2 id="closures-months-heading">{t('staffCatalogue.closures.monthsHeading')}</h2>
        <QueryState query={closures} errorText={t('staffCatalogue.closures.loadError')}>
          {(data) =>
            data.items.length === 0 ? (
              <p data-testid="closures-empty">{t('staffCatalogue.closures.empty')}</p>
            ) : (
              <div aria-busy={closures.isFetching}>
                {data.total > data.items.length && (
                  <p className="callout callout--warning">
                    {t('staffCatalogue.closures.truncated', { shown: data.items.length, total: data.total })}
                  </p>
                )}
                <ClosureList
                  closures={data.items}
                  scopeOf={scopeOf}
                  onEdit={(closure) => {
                    setResult(undefined);
                    setEditing(closure);
                  }}
                  onRemove={(closure) => {
                    setResult(undefined);
                    setRemoving(closure);
                  }}
                />
              </div>
            )
          }
        </QueryState>
      </section>

      {editing && (
        <ClosureEditDialog
          closure={editing}
          scope={scopeOf(editing).text}
          today={today}
          experiences={experiences.data ?? []}
          onClose={() => setEditing(undefined)}
          onStale={() => void refresh()}
          onSaved={saved('saved')}
        />
      )}

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
