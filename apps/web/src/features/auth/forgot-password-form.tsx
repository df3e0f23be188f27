import { forgotPasswordRequestSchema } from '@promata/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { FormAlert } from '../../components/form/form-alert';
import { SubmitButton } from '../../components/form/submit-button';
import { submitOnce } from '../../components/form/submit-once';
import { TextField } from '../../components/form/text-field';
import { useErrorText } from '../../components/form/use-error-text';
import { forgotPassword } from './auth-api';

type Values = z.output<typeof forgotPasswordRequestSchema>;

const summaryFields = [{ name: 'email', id: 'forgot-email' }] as const;

export function ForgotPasswordForm({ onSent }: { onSent: (email: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<z.input<typeof forgotPasswordRequestSchema>, unknown, Values>({
    resolver: contractResolver(forgotPasswordRequestSchema),
    defaultValues: { email: '' },
  });
  const { errors, isSubmitting, submitCount } = form.formState;

  const submit = form.handleSubmit(async ({ email }) => {
    setApiError(undefined);
    try {
      await forgotPassword(email);
      onSent(email);
    } catch (error) {
      setApiError(error);
    }
  });

  return (
    <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
      <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
      <FormAlert error={apiError} />
      <TextField
        id="forgot-email"
        label={t('auth.forgotPassword.email')}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        error={errorText(errors.email?.message)}
        {...form.register('email')}
      />
      <div className="form-actions">
        <SubmitButton label={t('auth.forgotPassword.submit')} busy={isSubmitting} />
      </div>
    </form>
  );
}
