import { changePasswordRequestSchema } from '@promata/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { FormAlert, FormSuccess } from '../../components/form/form-alert';
import { PasswordField } from '../../components/form/password-field';
import { SubmitButton } from '../../components/form/submit-button';
import { submitOnce } from '../../components/form/submit-once';
import { useErrorText } from '../../components/form/use-error-text';
import { ApiError } from '../../lib/api-client';
import { changePassword } from '../auth/auth-api';
import { useSessionStore } from '../auth/session-context';
import { sessionsQueryKey } from './me-api';

type Values = z.input<typeof changePasswordRequestSchema>;

const summaryFields = [
  { name: 'currentPassword', id: 'current-password' },
  { name: 'newPassword', id: 'change-new-password' },
] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSessionStore();
  const queryClient = useQueryClient();
  const [apiError, setApiError] = useState<unknown>();
  const [changed, setChanged] = useState(false);
  const form = useForm<Values, unknown, z.output<typeof changePasswordRequestSchema>>({
    resolver: contractResolver(changePasswordRequestSchema),
    defaultValues: { currentPassword: '', newPassword: '' },
  });
  const { errors, isSubmitting, submitCount } = form.formState;

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setApiError(undefined);
    setChanged(false);
    try {
      await changePassword(session, currentPassword, newPassword);
    } catch (error) {
      // A wrong current password belongs to its field, where the user will retype it.
      if (error instanceof ApiError && error.code === 'INVALID_CREDENTIALS') {
        form.setError('currentPassword', { type: 'server', message: error.message }, { shouldFocus: true });
      } else if (error instanceof ApiError && error.code === 'WEAK_PASSWORD') {
        form.setError('newPassword', { type: 'server', message: error.message }, { shouldFocus: true });
      } else {
        setApiError(error);
      }
      return;
    }
    form.reset();
    setChanged(true);
    // The API ended the other sessions.
    await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
  });

  return (
    <section className="account-section" aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">{t('account.security.password.heading')}</h2>
      <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
        <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
        <FormAlert error={apiError} />
        <PasswordField
          id="current-password"
          label={t('account.security.password.current')}
          autoComplete="current-password"
          error={errorText(errors.currentPassword?.message)}
          {...form.register('currentPassword')}
        />
        <PasswordField
          id="change-new-password"
          label={t('account.security.password.new')}
          hint={t('account.security.password.newHint')}
          autoComplete="new-password"
          error={errorText(errors.newPassword?.message)}
          {...form.register('newPassword')}
        />
        <FormSuccess message={changed ? t('account.security.password.changed') : undefined} />
        <div className="form-actions">
          <SubmitButton label={t('account.security.password.submit')} busy={isSubmitting} />
        </div>
      </form>
    </section>
  );
}
