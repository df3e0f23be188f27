import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from '../../components/form/form-alert';
import { Pagination } from '../../components/pagination';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSession, useSessionStore } from '../../features/auth/session-context';
import { ChangeRoleDialog } from '../../features/staff/change-role-dialog';
import { EraseUserDialog } from '../../features/staff/erase-user-dialog';
import { InviteUserDialog } from '../../features/staff/invite-user-dialog';
import { SetActiveDialog } from '../../features/staff/set-active-dialog';
import { fetchUsers, usersQueryKey, type UserSummary } from '../../features/staff/staff-api';
import {
  hasFilters,
  pageWindow,
  staffPageSize,
  userListParams,
  type UserSearch,
} from '../../features/staff/staff-search';
import { useRefreshStaff } from '../../features/staff/use-refresh-staff';
import { UserFilters } from '../../features/staff/user-filters';
import { rowActions, type StaffActor } from '../../features/staff/user-policy';
import { UsersTable, type UserAction } from '../../features/staff/users-table';

const route = getRouteApi('/staff/users');

type OpenDialog = { kind: 'invite' } | { kind: UserAction; user: UserSummary };

export function UsersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.users.title'));
  const session = useSession();
  if (session.status !== 'authenticated') return null;
  return <UsersPageContent actor={{ id: session.user.id, role: session.user.role }} />;
}

function UsersPageContent({ actor }: { actor: StaffActor }) {
  const { t } = useTranslation();
  const sessionStore = useSessionStore();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const refresh = useRefreshStaff();
  const [dialog, setDialog] = useState<OpenDialog>();
  const [result, setResult] = useState<string>();
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const params = userListParams(search);
  const page = search.page ?? 1;
  const users = useQuery({
    queryKey: [...usersQueryKey, params.toString()],
    queryFn: ({ signal }) => fetchUsers(sessionStore, params, { signal }),
    // The table stays while the next search loads, instead of flashing "loading" at each letter.
    placeholderData: keepPreviousData,
  });

  const changeFilters = useCallback(
    (change: Omit<UserSearch, 'page'>) =>
      void navigate({ search: (previous) => ({ ...previous, ...change, page: undefined }), replace: true }),
    [navigate],
  );

  const open = (next: OpenDialog) => {
    setResult(undefined);
    setDialog(next);
  };

  // After an action the refreshed list can lose the control that had the focus (an erased
  // account's buttons, a row the filters no longer match): focus then goes to the results, once
  // the refreshed list is on screen, rather than to the top of the document.
  const focusAfterRefresh = useRef(false);
  useEffect(() => {
    if (!focusAfterRefresh.current || users.isFetching) return;
    focusAfterRefresh.current = false;
    if (document.activeElement === null || document.activeElement === document.body) resultsRef.current?.focus();
  }, [users.dataUpdatedAt, users.isFetching]);

  /** Announces the outcome and shows the list as it now is. */
  const done = (message: string) => {
    setResult(message);
    focusAfterRefresh.current = true;
    void refresh();
  };

  const closeDialog = () => setDialog(undefined);
  const onStale = () => void refresh();

  return (
    <>
      <h1>{t('staff.users.heading')}</h1>
      <p>{t('staff.users.intro')}</p>
      <div className="staff-toolbar">
        <button type="button" className="button" onClick={() => open({ kind: 'invite' })} data-testid="invite-button">
          {t('staff.users.invite')}
        </button>
      </div>
      <UserFilters search={search} onChange={changeFilters} />
      <FormSuccess message={result} testId="staff-result" />
      {/* Focus lands here when the control an action came from is gone (an erased account's row). */}
      <h2 ref={resultsRef} tabIndex={-1} className="focus-target staff-results__heading">
        {t('staff.users.caption')}
      </h2>
      <QueryState query={users} errorText={t('staff.users.loadError')}>
        {(data) => {
          const { first, last, pages } = pageWindow(data.page, staffPageSize, data.total);
          return (
            <div className="staff-results" aria-busy={users.isFetching}>
              <p role="status" data-testid="users-count">
                {data.items.length === 0
                  ? hasFilters(search)
                    ? t('staff.users.emptyFiltered')
                    : t('staff.users.empty')
                  : t('staff.users.showing', { first, last, total: data.total })}
              </p>
              {data.items.length > 0 && (
                <UsersTable users={data.items} actor={actor} onAction={(kind, user) => open({ kind, user })} />
              )}
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

      {dialog?.kind === 'invite' && <InviteUserDialog actor={actor} onInvited={done} onClose={closeDialog} />}
      {dialog?.kind === 'role' && (
        <ChangeRoleDialog
          user={dialog.user}
          roles={rowActions(actor, dialog.user)?.roles ?? []}
          onChanged={done}
          onStale={onStale}
          onClose={closeDialog}
        />
      )}
      {(dialog?.kind === 'deactivate' || dialog?.kind === 'reactivate') && (
        <SetActiveDialog
          user={dialog.user}
          active={dialog.kind === 'reactivate'}
          onChanged={done}
          onStale={onStale}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'erase' && (
        <EraseUserDialog user={dialog.user} onErased={done} onStale={onStale} onClose={closeDialog} />
      )}
    </>
  );
}
