import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useSessionStore } from '../auth/session-context';
import { updateUser, type UserSummary } from './staff-api';
import { StaffAlert } from './staff-alert';
import { isStaleListError } from './staff-error';

/**
 * Deactivation (which ends every session of the person) or reactivation, confirmed. Focus starts
 * on "Cancel": Enter right after opening must not lock someone out.
 */
export function SetActiveDialog({
  user,
  active,
  onChanged,
  onStale,
  onClose,
}: {
  user: UserSummary;
  /** The state to set: false deactivates, true reactivates. */
  active: boolean;
  onChanged: (message: string) => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const texts = active ? 'reactivateDialog' : 'deactivateDialog';

  return (
    <ModalDialog
      heading={t(`staff.users.${texts}.heading`)}
      description={<p>{t(`staff.users.${texts}.text`, { name: user.name, email: user.email })}</p>}
      onClose={onClose}
      testId="active-dialog"
    >
      {(close) => {
        const confirm = async () => {
          if (busy) return;
          setBusy(true);
          setApiError(undefined);
          try {
            const updated = await updateUser(session, user.id, { active });
            close();
            onChanged(t(`staff.users.${texts}.done`, { name: updated.name }));
          } catch (error) {
            setApiError(error);
            if (isStaleListError(error)) onStale();
          } finally {
            setBusy(false);
          }
        };
        return (
          <>
            <StaffAlert error={apiError} testId="active-error" />
            <div className="form-actions">
              <button
                type="button"
                className={active ? 'button' : 'button button--danger'}
                aria-busy={busy}
                onClick={() => void confirm()}
              >
                {busy ? t('form.sending') : t(`staff.users.${texts}.submit`)}
              </button>
              <button type="button" className="button button--secondary" data-autofocus onClick={close}>
                {t('staff.cancel')}
              </button>
            </div>
          </>
        );
      }}
    </ModalDialog>
  );
}
