import { resendVerificationRequestSchema } from '@promata/contracts';
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
import { FocusOnMount } from '../../components/focus-on-mount';
import { resendVerification } from './auth-api';

type Values = z.output<typeof resendVerificationRequestSchema>;

// One per page at most (the verify-email page, or the login page after EMAIL_NOT_VERIFIED).
const headingId = 'resend-verification-heading';
const summaryFields = [{ name: 'email', id: 'resend-verification-email' }] as const;

/**
 * "Send the confirmation link again": the way out of an expired or used link and of a login
 * refused with EMAIL_NOT_VERIFIED. Its own form, so it can sit next to another one on a page.
 */
export function ResendVerification({ defaultEmail }: { defaultEmail?: string | undefined }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [apiError, setApiError] = useState<unknown>();
  const [sentTo, setSentTo] = useState<string>();
  const form = useForm<z.input<typeof resendVerificationRequestSchema>, unknown, Values>({
    resolver: contractResolver(resendVerificationRequestSchema),
    defaultValues: { email: defaultEmail ?? '' },
  });
  const { errors, isSubmitting, submitCount } = form.formState;

  const submit = form.handleSubmit(async ({ email }) => {
    setApiError(undefined);
    try {
      await resendVerification(email);
      setSentTo(email);
    } catch (error) {
      setApiError(error);
    }
  });

  return (
    <section className="narrow-page__aside" aria-labelledby={headingId} data-testid="resend-verification">
      <h2 id={headingId}>{t('auth.resendVerification.heading')}</h2>
      {sentTo ? (
        // Worded so it never tells whether the address has an account waiting: the API always says 202.
        <FocusOnMount>
          <p className="callout" data-testid="resend-verification-sent">
            {t('auth.resendVerification.sent', { email: sentTo })}
          </p>
        </FocusOnMount>
      ) : (
        <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
          <p>{t('auth.resendVerification.text')}</p>
          <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
          <FormAlert error={apiError} testId="resend-verification-error" />
          <TextField
            id="resend-verification-email"
            label={t('auth.resendVerification.email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            error={errorText(errors.email?.message)}
            {...form.register('email')}
          />
          <div className="form-actions">
            <SubmitButton label={t('auth.resendVerification.submit')} busy={isSubmitting} />
          </div>
        </form>
      )}
    </section>
  );
}
