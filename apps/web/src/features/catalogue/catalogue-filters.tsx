import type { ExperienceCategory } from '@promata/contracts';
import { experienceCategories, maxAvailabilityDays } from '../../lib/contract-values';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchText } from '../../lib/use-search-text';
import { describedBy } from '../../components/form/field';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { dateRangeProblem, hasFilters, normalizeQuery, type CatalogueSearch } from './catalogue-search';

export type FilterChange = Omit<CatalogueSearch, 'page'>;

function categoryOption(value: string): ExperienceCategory | undefined {
  return experienceCategories.find((category) => category === value);
}

/**
 * Category (applied on change), words (applied as the user types, or at once with Enter) and the
 * "with places between" dates (applied once both make a range the API accepts; until then the
 * problem is shown on the fieldset). The page keeps the filters in the address bar; this form only
 * edits them.
 */
export function CatalogueFilters({
  search,
  onChange,
}: {
  search: CatalogueSearch;
  onChange: (change: FilterChange) => void;
}) {
  const { t } = useTranslation();
  const applyQuery = useCallback((q: string | undefined) => onChange({ q }), [onChange]);
  const { text, setText, submit } = useSearchText(search.q, normalizeQuery, applyQuery);
  const [range, setRange] = useState({ from: search.from ?? '', to: search.to ?? '' });
  const [shownRange, setShownRange] = useState({ from: search.from, to: search.to });

  // The address changed under the form (Back, "clear filters"): show its dates (a half-typed range
  // is never in the address, so it is not overwritten by its own echo).
  if (search.from !== shownRange.from || search.to !== shownRange.to) {
    setShownRange({ from: search.from, to: search.to });
    setRange({ from: search.from ?? '', to: search.to ?? '' });
  }

  // A single date is the normal state between typing the first and the second: it is only an
  // error once the visitor has left the dates.
  const [leftDates, setLeftDates] = useState(false);
  const rangeProblem = dateRangeProblem(range.from, range.to);
  const problem = rangeProblem === 'incomplete' && !leftDates ? undefined : rangeProblem;

  const changeRange = (next: { from: string; to: string }) => {
    setRange(next);
    setLeftDates(false);
    if (dateRangeProblem(next.from, next.to) !== undefined) return;
    const empty = next.from === '' && next.to === '';
    onChange({ from: empty ? undefined : next.from, to: empty ? undefined : next.to });
  };

  const problemText = problem
    ? t(`catalogue.filters.rangeProblems.${problem}`, { days: maxAvailabilityDays })
    : undefined;
  const hint = t('catalogue.filters.datesHint', { days: maxAvailabilityDays });
  const dateDescription = describedBy('catalogue-dates', hint, problemText);

  return (
    <form role="search" aria-label={t('catalogue.filters.label')} className="catalogue-filters" onSubmit={submit}>
      <SelectField
        id="catalogue-category"
        name="category"
        label={t('catalogue.filters.category')}
        value={search.category ?? ''}
        options={[
          { value: '', label: t('catalogue.filters.anyCategory') },
          ...experienceCategories.map((category) => ({
            value: category,
            label: t(`catalogue.categoryFilter.${category}`),
          })),
        ]}
        onChange={(event) => onChange({ category: categoryOption(event.target.value) })}
      />
      <div className="catalogue-filters__search">
        <TextField
          id="catalogue-search"
          name="q"
          type="search"
          label={t('catalogue.filters.search')}
          hint={t('catalogue.filters.searchHint')}
          autoComplete="off"
          maxLength={100}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <fieldset
        className={problem ? 'catalogue-filters__dates field--invalid' : 'catalogue-filters__dates'}
        aria-describedby={dateDescription}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setLeftDates(true);
        }}
      >
        <legend>{t('catalogue.filters.dates')}</legend>
        <p className="field__hint" id="catalogue-dates-hint">
          {hint}
        </p>
        {problemText && (
          <p className="field__error" id="catalogue-dates-error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {problemText}
          </p>
        )}
        <div className="catalogue-filters__date-pair">
          <TextField
            id="catalogue-from"
            name="from"
            type="date"
            label={t('catalogue.filters.from')}
            value={range.from}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => changeRange({ ...range, from: event.target.value })}
          />
          <TextField
            id="catalogue-to"
            name="to"
            type="date"
            label={t('catalogue.filters.to')}
            value={range.to}
            min={range.from || undefined}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => changeRange({ ...range, to: event.target.value })}
          />
        </div>
      </fieldset>
      {(hasFilters(search) || text !== '' || range.from !== '' || range.to !== '') && (
        <div className="catalogue-filters__clear">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setText('');
              setRange({ from: '', to: '' });
              onChange({ category: undefined, q: undefined, from: undefined, to: undefined });
              // This button goes away with the filters: keep the keyboard focus in the form.
              document.getElementById('catalogue-search')?.focus();
            }}
          >
            {t('catalogue.filters.clear')}
          </button>
        </div>
      )}
    </form>
  );
}
