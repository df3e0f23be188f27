import { signUpRequestSchema } from '@promata/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { FormAlert } from '../../components/form/form-alert';
import { PasswordField } from '../../components/form/password-field';
import { applyServerFieldErrors } from '../../components/form/server-field-errors';
import { SubmitButton } from '../../components/form/submit-button';
import { submitOnce } from '../../components/form/submit-once';
import { TextField } from '../../components/form/text-field';
import { useErrorText } from '../../components/form/use-error-text';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { ApiError } from '../../lib/api-client';
import { signUp } from './auth-api';

const signUpFormSchema = signUpRequestSchema.pick({ name: true, email: true, password: true });
type SignUpValues = z.output<typeof signUpFormSchema>;

const summaryFields = [
  { name: 'name', id: 'sign-up-name' },
  { name: 'email', id: 'sign-up-email' },
  { name: 'password', id: 'sign-up-password' },
] as const;

/** Name, e-mail and password; the account's language is the one the visitor is reading. */
export function SignUpForm({ onAccepted }: { onAccepted: (email: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const language = useCurrentLanguage();
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<z.input<typeof signUpFormSchema>, unknown, SignUpValues>({
    resolver: contractResolver(signUpFormSchema),
    defaultValues: { name: '', email: '', password: '' },
  });
  const { errors, isSubmitting, submitCount } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setApiError(undefined);
    try {
      await signUp({ ...values, locale: language });
      onAccepted(values.email);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'WEAK_PASSWORD') {
        form.setError('password', { type: 'server', message: error.message }, { shouldFocus: true });
      } else if (!applyServerFieldErrors(error, form.setError, ['name', 'email', 'password'])) {
        setApiError(error);
      }
    }
  });

  return (
    <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
      <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
      <FormAlert error={apiError} />
      <TextField
        id="sign-up-name"
        label={t('auth.signUp.name')}
        autoComplete="name"
        error={errorText(errors.name?.message)}
        {...form.register('name')}
      />
      <TextField
        id="sign-up-email"
        label={t('auth.signUp.email')}
        hint={t('auth.signUp.emailHint')}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        error={errorText(errors.email?.message)}
        {...form.register('email')}
      />
      <PasswordField
        id="sign-up-password"
        label={t('auth.signUp.password')}
        hint={t('auth.signUp.passwordHint')}
        autoComplete="new-password"
        error={errorText(errors.password?.message)}
        {...form.register('password')}
      />
      <div className="form-actions">
        <SubmitButton label={t('auth.signUp.submit')} busy={isSubmitting} />
      </div>
    </form>
  );
}
