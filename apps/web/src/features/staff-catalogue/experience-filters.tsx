import { experienceCategories } from '@promata/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchText } from '../../lib/use-search-text';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import {
  activeFromOption,
  activeOption,
  categoryOption,
  hasFilters,
  normalizeQuery,
  type ExperienceSearch,
} from './experience-search';

type FilterChange = Omit<ExperienceSearch, 'page'>;

/**
 * The search box (applied as the user types, or at once with Enter) and the filters (applied on
 * change). The page keeps them in the address bar; this form only edits them.
 */
export function ExperienceFilters({
  search,
  onChange,
}: {
  search: ExperienceSearch;
  onChange: (change: FilterChange) => void;
}) {
  const { t } = useTranslation();
  const applyQuery = useCallback((q: string | undefined) => onChange({ q }), [onChange]);
  const { text, setText, submit } = useSearchText(search.q, normalizeQuery, applyQuery);

  const any = { value: '', label: t('staffCatalogue.experiences.filters.any') };

  return (
    <form
      role="search"
      aria-label={t('staffCatalogue.experiences.filters.label')}
      className="staff-filters"
      onSubmit={submit}
    >
      <div className="staff-filters__search">
        <TextField
          id="experiences-search"
          name="q"
          type="search"
          label={t('staffCatalogue.experiences.filters.search')}
          hint={t('staffCatalogue.experiences.filters.searchHint')}
          autoComplete="off"
          maxLength={100}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <SelectField
        id="experiences-category"
        name="category"
        label={t('staffCatalogue.experiences.filters.category')}
        value={search.category ?? ''}
        options={[
          any,
          ...experienceCategories.map((category) => ({
            value: category,
            label: t(`staffCatalogue.categories.${category}`),
          })),
        ]}
        onChange={(event) => onChange({ category: categoryOption(event.target.value) })}
      />
      <SelectField
        id="experiences-active"
        name="active"
        label={t('staffCatalogue.experiences.filters.status')}
        value={activeOption(search.active)}
        options={[
          any,
          { value: 'true', label: t('staffCatalogue.experiences.filters.active') },
          { value: 'false', label: t('staffCatalogue.experiences.filters.inactive') },
        ]}
        onChange={(event) => onChange({ active: activeFromOption(event.target.value) })}
      />
      {hasFilters(search) && (
        <div className="staff-filters__clear">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange({ q: undefined, category: undefined, active: undefined });
              // This button goes away with the filters: keep the keyboard focus in the form.
              document.getElementById('experiences-search')?.focus();
            }}
          >
            {t('staffCatalogue.experiences.filters.clear')}
          </button>
        </div>
      )}
    </form>
  );
}
