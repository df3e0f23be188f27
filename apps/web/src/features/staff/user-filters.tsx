import { professorStatuses, roles } from '@promata/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchText } from '../../lib/use-search-text';
import { SelectField } from '../../components/form/select-field';
import { TextField } from '../../components/form/text-field';
import {
  activeFromOption,
  activeOption,
  hasFilters,
  normalizeQuery,
  type ProfessorStatus,
  type UserSearch,
} from './staff-search';

type FilterChange = Omit<UserSearch, 'page'>;

function roleOption(value: string) {
  return roles.find((role) => role === value);
}

function professorStatusOption(value: string): ProfessorStatus | undefined {
  return professorStatuses.find((status) => status === value);
}

/**
 * The search box (applied as the user types, or at once with Enter) and the filters (applied on
 * change). The page keeps them in the address bar; this form only edits them.
 */
export function UserFilters({ search, onChange }: { search: UserSearch; onChange: (change: FilterChange) => void }) {
  const { t } = useTranslation();
  const applyQuery = useCallback((q: string | undefined) => onChange({ q }), [onChange]);
  const { text, setText, submit } = useSearchText(search.q, normalizeQuery, applyQuery);

  const any = { value: '', label: t('staff.users.filters.any') };

  return (
    <form role="search" aria-label={t('staff.users.filters.label')} className="staff-filters" onSubmit={submit}>
      <div className="staff-filters__search">
        <TextField
          id="users-search"
          name="q"
          type="search"
          label={t('staff.users.filters.search')}
          hint={t('staff.users.filters.searchHint')}
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <SelectField
        id="users-role"
        name="role"
        label={t('staff.users.filters.role')}
        value={search.role ?? ''}
        options={[any, ...roles.map((role) => ({ value: role, label: t(`account.roles.${role}`) }))]}
        onChange={(event) => onChange({ role: roleOption(event.target.value) })}
      />
      <SelectField
        id="users-active"
        name="active"
        label={t('staff.users.filters.status')}
        value={activeOption(search.active)}
        options={[
          any,
          { value: 'true', label: t('staff.users.filters.active') },
          { value: 'false', label: t('staff.users.filters.inactive') },
        ]}
        onChange={(event) => onChange({ active: activeFromOption(event.target.value) })}
      />
      <SelectField
        id="users-professor-status"
        name="professorStatus"
        label={t('staff.users.filters.professorStatus')}
        value={search.professorStatus ?? ''}
        options={[
          any,
          ...professorStatuses.map((status) => ({ value: status, label: t(`account.professor.statuses.${status}`) })),
        ]}
        onChange={(event) => onChange({ professorStatus: professorStatusOption(event.target.value) })}
      />
      {hasFilters(search) && (
        <div className="staff-filters__clear">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange({ q: undefined, role: undefined, active: undefined, professorStatus: undefined });
              // This button goes away with the filters: keep the keyboard focus in the form.
              document.getElementById('users-search')?.focus();
            }}
          >
            {t('staff.users.filters.clear')}
          </button>
        </div>
      )}
    </form>
  );
}
