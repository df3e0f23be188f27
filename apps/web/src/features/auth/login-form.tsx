import { loginRequestSchema, type AccessTokenResponse } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
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
import { TextField } from '../../components/form/text-field';
import { useErrorText } from '../../components/form/use-error-text';
import { ApiError } from '../../lib/api-client';
import { login } from './auth-api';

const credentialsSchema = loginRequestSchema.pick({ email: true, password: true });
export type Credentials = z.output<typeof credentialsSchema>;

const summaryFields = [
  { name: 'email', id: 'login-email' },
  { name: 'password', id: 'login-password' },
] as const;

/** E-mail and password. MFA_REQUIRED is not an error here: it hands over to the code step. */
export function LoginForm({
  defaultValues,
  onSignedIn,
  onMfaRequired,
}: {
  defaultValues?: Credentials | undefined;
  onSignedIn: (response: AccessTokenResponse) => Promise<void>;
  onMfaRequired: (credentials: Credentials) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<z.input<typeof credentialsSchema>, unknown, Credentials>({
    resolver: contractResolver(credentialsSchema),
    defaultValues: defaultValues ?? { email: '', password: '' },
  });
  const { errors, isSubmitting, submitCount } = form.formState;

  const submit = form.handleSubmit(async (credentials) => {
    setApiError(undefined);
    try {
      await onSignedIn(await login(credentials));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'MFA_REQUIRED') onMfaRequired(credentials);
      else setApiError(error);
    }
  });

  return (
    <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
      <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
      <FormAlert error={apiError} testId="login-error" />
      <TextField
        id="login-email"
        label={t('auth.login.email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        error={errorText(errors.email?.message)}
        {...form.register('email')}
      />
      <PasswordField
        id="login-password"
        label={t('auth.login.password')}
        autoComplete="current-password"
        error={errorText(errors.password?.message)}
        {...form.register('password')}
      />
      <div className="form-actions">
        <SubmitButton label={t('auth.login.submit')} busy={isSubmitting} />
        <Link to="/forgot-password">{t('auth.login.forgotPassword')}</Link>
      </div>
    </form>
  );
}
