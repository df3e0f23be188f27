import { resetPasswordRequestSchema } from '@promata/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { FormAlert } from '../../components/form/form-alert';
import { PasswordField } from '../../components/form/password-field';
import { SubmitButton } from '../../components/form/submit-button';
import { submitOnce } from '../../components/form/submit-once';
import { useErrorText } from '../../components/form/use-error-text';
import { ApiError } from '../../lib/api-client';
import { resetPassword } from './auth-api';

const passwordSchema = resetPasswordRequestSchema.pick({ password: true });

const summaryFields = [{ name: 'password', id: 'new-password' }] as const;

/** The form of both the reset link and the invitation link: one new password, sent with the token. */
export function NewPasswordForm({
  token,
  label,
  submitLabel,
  onDone,
}: {
  token: string;
  label: string;
  submitLabel: string;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<z.input<typeof passwordSchema>, unknown, z.output<typeof passwordSchema>>({
    resolver: contractResolver(passwordSchema),
    defaultValues: { password: '' },
  });
  const { errors, isSubmitting, submitCount } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    setApiError(undefined);
    try {
      await resetPassword(token, password);
    } catch (error) {
      // The API's own password rules (e.g. not the e-mail itself) belong to the field.
      if (error instanceof ApiError && error.code === 'WEAK_PASSWORD') {
        form.setError('password', { type: 'server', message: error.message }, { shouldFocus: true });
      } else {
        setApiError(error);
      }
      return;
    }
    await onDone();
  });

  return (
    <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
      <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
      <FormAlert error={apiError} testId="new-password-error" />
      <PasswordField
        id="new-password"
        label={label}
        hint={t('auth.signUp.passwordHint')}
        autoComplete="new-password"
        error={errorText(errors.password?.message)}
        {...form.register('password')}
      />
      <div className="form-actions">
        <SubmitButton label={submitLabel} busy={isSubmitting} />
      </div>
    </form>
  );
}
