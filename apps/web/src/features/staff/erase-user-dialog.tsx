import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { submitOnce } from '../../components/form/submit-once';
import { TextField } from '../../components/form/text-field';
import { useErrorText } from '../../components/form/use-error-text';
import { encodeValidationMessage } from '../../components/form/validation-message';
import { ModalDialog } from '../../components/modal-dialog';
import { useSessionStore } from '../auth/session-context';
import { eraseUser, type UserSummary } from './staff-api';
import { StaffAlert } from './staff-alert';
import { isStaleListError } from './staff-error';
import { confirmsEmail } from './user-policy';
import { DialogActions } from './dialog-actions';

function confirmationSchema(email: string) {
  return z.object({ email: z.string().min(1) }).superRefine((values, context) => {
    if (values.email.trim() !== '' && !confirmsEmail(values.email, email)) {
      context.addIssue({ code: 'custom', path: ['email'], message: encodeValidationMessage({ key: 'emailMismatch' }) });
    }
  });
}

/**
 * LGPD erasure, irreversible: the staff member types the person's e-mail to confirm, so that a
 * slip of the mouse on the wrong row cannot erase anyone.
 */
export function EraseUserDialog({
  user,
  onErased,
  onStale,
  onClose,
}: {
  user: UserSummary;
  onErased: (message: string) => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const [schema] = useState(() => confirmationSchema(user.email));
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: contractResolver(schema),
    defaultValues: { email: '' },
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <ModalDialog
      heading={t('staff.users.eraseDialog.heading')}
      description={
        <>
          <p>{t('staff.users.eraseDialog.text', { name: user.name })}</p>
          <p>
            <strong>{t('staff.users.eraseDialog.irreversible')}</strong>
          </p>
        </>
      }
      onClose={onClose}
      testId="erase-dialog"
    >
      {(close) => {
        const submit = form.handleSubmit(async () => {
          setApiError(undefined);
          try {
            await eraseUser(session, user.id);
            close();
            onErased(t('staff.users.eraseDialog.done', { name: user.name }));
          } catch (error) {
            setApiError(error);
            if (isStaleListError(error)) onStale();
          }
        });
        return (
          <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
            <StaffAlert error={apiError} testId="erase-error" />
            <TextField
              id="erase-email"
              label={t('staff.users.eraseDialog.confirm', { email: user.email })}
              autoComplete="off"
              inputMode="email"
              spellCheck={false}
              autoCapitalize="none"
              error={errorText(errors.email?.message)}
              {...form.register('email')}
            />
            <DialogActions
              label={t('staff.users.eraseDialog.submit')}
              busy={isSubmitting}
              danger
              testId="erase-submit"
              onCancel={close}
            />
          </form>
        );
      }}
    </ModalDialog>
  );
}
