import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { UserHistoryLink } from '../staff-audit/user-history-link';
import type { UserSummary } from './staff-api';
import { isErased, rowActions, type RowActions, type StaffActor } from './user-policy';

export type UserAction = 'role' | 'deactivate' | 'reactivate' | 'erase';

/**
 * The accounts of one page as a real table (row headers, column headers), inside a focusable
 * scroll area so that on a phone the table scrolls sideways instead of the page.
 */
export function UsersTable({
  users,
  actor,
  onAction,
}: {
  users: readonly UserSummary[];
  actor: StaffActor;
  onAction: (action: UserAction, user: UserSummary) => void;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" data-testid="users-table">
        <caption id={captionId} className="visually-hidden">
          {t('staff.users.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.users.columns.name')}</th>
            <th scope="col">{t('staff.users.columns.email')}</th>
            <th scope="col">{t('staff.users.columns.role')}</th>
            <th scope="col">{t('staff.users.columns.status')}</th>
            <th scope="col">{t('staff.users.columns.mfa')}</th>
            <th scope="col">{t('staff.users.columns.createdAt')}</th>
            <th scope="col">{t('staff.users.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <UserRow key={user.id} user={user} actor={actor} onAction={(action) => onAction(action, user)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UserRow({
  user,
  actor,
  onAction,
}: {
  user: UserSummary;
  actor: StaffActor;
  onAction: (action: UserAction) => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const erased = isErased(user);
  const actions = rowActions(actor, user);
  const status = erased ? 'erased' : user.active ? 'active' : 'inactive';
  const pendingProfessor = user.professorStatus === 'PENDING' || user.professorStatus === 'REJECTED';

  return (
    <tr data-testid="user-row" data-user-email={user.email}>
      <th scope="row">
        {user.name}
        {user.id === actor.id && <span className="cell-note">{t('staff.users.you')}</span>}
      </th>
      <td className="data-table__email">{user.email}</td>
      <td>
        {t(`account.roles.${user.role}`)}
        {pendingProfessor && (
          <span className="cell-note">
            {t('staff.users.professor', { status: t(`account.professor.statuses.${user.professorStatus}`) })}
          </span>
        )}
      </td>
      <td>
        <span className={`status-pill status-pill--${status}`}>{t(`staff.users.status.${status}`)}</span>
        {!erased && !user.emailVerified && <span className="cell-note">{t('staff.users.status.unverified')}</span>}
      </td>
      <td>{user.mfaEnabled ? t('staff.users.mfa.on') : t('staff.users.mfa.off')}</td>
      <td>
        <time dateTime={user.createdAt}>{formatDate(user.createdAt, language)}</time>
      </td>
      <td>
        {actions ? (
          <RowActionButtons actions={actions} name={user.name} onAction={onAction} />
        ) : (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{t('staff.users.noActions')}</span>
          </>
        )}
        <UserHistoryLink user={user} />
      </td>
    </tr>
  );
}

function RowActionButtons({
  actions,
  name,
  onAction,
}: {
  actions: RowActions;
  name: string;
  onAction: (action: UserAction) => void;
}) {
  const { t } = useTranslation();
  // The visible word first, then whose account: WCAG 2.5.3, and a list of buttons that makes
  // sense when tabbed through without the table around it.
  const label = (action: string) => t('staff.forUser', { action, name });
  const toggle = actions.deactivate ? 'deactivate' : 'reactivate';
  const toggleText = t(`staff.users.actions.${toggle}`);
  return (
    <div className="row-actions">
      {actions.roles.length > 0 && (
        <button
          type="button"
          className="button button--secondary button--compact"
          aria-label={label(t('staff.users.actions.changeRole'))}
          onClick={() => onAction('role')}
        >
          {t('staff.users.actions.changeRole')}
        </button>
      )}
      {/* One button whose word changes, so focus stays on it when the account changes state. */}
      <button
        type="button"
        className="button button--secondary button--compact"
        aria-label={label(toggleText)}
        onClick={() => onAction(toggle)}
      >
        {toggleText}
      </button>
      {actions.erase && (
        <button
          type="button"
          className="button button--danger-outline button--compact"
          aria-label={label(t('staff.users.actions.erase'))}
          onClick={() => onAction('erase')}
        >
          {t('staff.users.actions.erase')}
        </button>
      )}
    </div>
  );
}
