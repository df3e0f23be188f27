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

/**
 * E-mail and password. MFA_REQUIRED is not an error here: it hands over to the code step.
 * EMAIL_NOT_VERIFIED is shown, and also reported so the page can offer a new confirmation link.
 */
export function LoginForm({
  defaultValues,
  onSignedIn,
  onMfaRequired,
  onUnverifiedEmail,
}: {
  defaultValues?: Credentials | undefined;
  onSignedIn: (response: AccessTokenResponse) => Promise<void>;
  onMfaRequired: (credentials: Credentials) => void;
  /** The e-mail of a refusal for EMAIL_NOT_VERIFIED; undefined when a new attempt starts. */
  onUnverifiedEmail: (email: string | undefined) => void;
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
    onUnverifiedEmail(undefined);
    try {
      await onSignedIn(await login(credentials));
    } catch (error) {
      const code = error instanceof ApiError ? error.code : undefined;
      if (code === 'MFA_REQUIRED') {
        onMfaRequired(credentials);
        return;
      }
      if (code === 'EMAIL_NOT_VERIFIED') onUnverifiedEmail(credentials.email);
      setApiError(error);
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
