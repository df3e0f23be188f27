import { deleteAccountRequestSchema } from '@promata/contracts';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { FormAlert } from '../../components/form/form-alert';
import { PasswordField } from '../../components/form/password-field';
import { submitOnce } from '../../components/form/submit-once';
import { useErrorText } from '../../components/form/use-error-text';
import { useSessionStore } from '../auth/session-context';
import { useEndSession } from '../auth/use-end-session';
import { deleteAccount } from './me-api';

type Values = z.input<typeof deleteAccountRequestSchema>;

/** LGPD erasure: what happens, then a modal dialog that asks for the password to confirm. */
export function DeleteAccount() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  return (
    <section className="account-section account-section--danger" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('account.privacy.delete.heading')}</h2>
      <p>{t('account.privacy.delete.text')}</p>
      <p>
        <strong>{t('account.privacy.delete.irreversible')}</strong>
      </p>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('account.privacy.delete.button')}
      </button>
      {open && <DeleteAccountDialog onClose={() => setOpen(false)} />}
    </section>
  );
}

function DeleteAccountDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSessionStore();
  const endSession = useEndSession();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<Values, unknown, z.output<typeof deleteAccountRequestSchema>>({
    resolver: contractResolver(deleteAccountRequestSchema),
    defaultValues: { password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  // A native modal dialog: it traps focus, makes the page behind inert and closes on Escape.
  // No cleanup: unmounting removes it, while closing it would fire `close` and unmount it again.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = form.handleSubmit(async ({ password }) => {
    setApiError(undefined);
    try {
      await deleteAccount(session, password);
    } catch (error) {
      setApiError(error);
      form.setFocus('password');
      return;
    }
    // The account is gone and the API has ended its sessions: leave without calling logout.
    await endSession({ callApi: false, notice: 'accountDeleted' });
  });

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby="delete-dialog-heading"
      aria-describedby="delete-dialog-text"
      onClose={onClose}
      data-testid="delete-account-dialog"
    >
      <h2 id="delete-dialog-heading">{t('account.privacy.delete.dialogHeading')}</h2>
      <p id="delete-dialog-text">{t('account.privacy.delete.dialogText')}</p>
      <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
        <FormAlert error={apiError} testId="delete-account-error" />
        <PasswordField
          id="delete-password"
          label={t('account.privacy.delete.password')}
          autoComplete="current-password"
          error={errorText(errors.password?.message)}
          {...form.register('password')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--danger" aria-busy={isSubmitting}>
            {isSubmitting ? t('form.sending') : t('account.privacy.delete.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => dialogRef.current?.close()}>
            {t('account.privacy.delete.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
