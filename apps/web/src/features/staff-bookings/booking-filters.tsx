import type { ExperienceSummary } from '@promata/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchText } from '../../lib/use-search-text';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import { isCalendarDate } from '../../lib/calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { localized } from '../staff-catalogue/localized';
import {
  datesReversed,
  hasFilters,
  normalizeQuery,
  type BookingFilterChange,
  type BookingSearch,
} from './booking-search';

/**
 * The search box (applied as the user types, or at once with Enter) and the filters (applied on
 * change). The page keeps them in the address bar; this form only edits them.
 */
export function BookingFilters({
  search,
  experiences,
  onChange,
}: {
  search: BookingSearch;
  experiences: readonly ExperienceSummary[];
  onChange: (change: BookingFilterChange) => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const applyQuery = useCallback((q: string | undefined) => onChange({ q }), [onChange]);
  const { text, setText, submit } = useSearchText(search.q, normalizeQuery, applyQuery);

  const reversed = datesReversed(search);
  // A name without its English version is marked as Portuguese for screen readers.
  const experienceOptions = experiences.map((experience) => {
    const name = localized(experience.name, language);
    return { value: experience.id, label: name.text, ...(name.lang === language ? {} : { lang: name.lang }) };
  });

  return (
    <form role="search" aria-label={t('staffBookings.inbox.filters.label')} className="staff-filters" onSubmit={submit}>
      <div className="staff-filters__search">
        <TextField
          id="bookings-search"
          name="q"
          type="search"
          label={t('staffBookings.inbox.filters.search')}
          hint={t('staffBookings.inbox.filters.searchHint')}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <SelectField
        id="bookings-experience"
        name="experienceId"
        label={t('staffBookings.inbox.filters.experience')}
        value={search.experienceId ?? ''}
        options={[{ value: '', label: t('staffBookings.inbox.filters.anyExperience') }, ...experienceOptions]}
        onChange={(event) => onChange({ experienceId: event.target.value || undefined })}
      />
      <TextField
        id="bookings-from"
        name="from"
        type="date"
        label={t('staffBookings.inbox.filters.from')}
        value={search.from ?? ''}
        onChange={(event) => onChange({ from: isCalendarDate(event.target.value) ? event.target.value : undefined })}
      />
      <TextField
        id="bookings-to"
        name="to"
        type="date"
        label={t('staffBookings.inbox.filters.to')}
        value={search.to ?? ''}
        error={reversed ? t('staffBookings.inbox.filters.reversed') : undefined}
        onChange={(event) => onChange({ to: isCalendarDate(event.target.value) ? event.target.value : undefined })}
      />
      {hasFilters(search) && (
        <div className="staff-filters__clear">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange({ q: undefined, experienceId: undefined, from: undefined, to: undefined });
              // This button goes away with the filters: keep the keyboard focus in the form.
              document.getElementById('bookings-search')?.focus();
            }}
          >
            {t('staffBookings.inbox.filters.clear')}
          </button>
        </div>
      )}
    </form>
  );
}
