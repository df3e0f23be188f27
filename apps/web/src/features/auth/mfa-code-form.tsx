import { loginRequestSchema, type AccessTokenResponse } from '@promata/contracts';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { FormAlert } from '../../components/form/form-alert';
import { SubmitButton } from '../../components/form/submit-button';
import { submitOnce } from '../../components/form/submit-once';
import { TextField } from '../../components/form/text-field';
import { useErrorText } from '../../components/form/use-error-text';
import { login } from './auth-api';
import type { Credentials } from './login-form';

const codeSchema = z.object({ totp: loginRequestSchema.shape.totp.unwrap() });

const summaryFields = [{ name: 'totp', id: 'login-totp' }] as const;

/** The second step: the same credentials again, now with a TOTP or a recovery code. */
export function MfaCodeForm({
  credentials,
  onSignedIn,
  onBack,
}: {
  credentials: Credentials;
  onSignedIn: (response: AccessTokenResponse) => Promise<void>;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<z.input<typeof codeSchema>, unknown, z.output<typeof codeSchema>>({
    resolver: contractResolver(codeSchema, { totp: 'totpOrRecovery' }),
    defaultValues: { totp: '' },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const { setFocus } = form;

  // The step replaced the password form: put the cursor where the user types next.
  useEffect(() => setFocus('totp'), [setFocus]);

  const submit = form.handleSubmit(async ({ totp }) => {
    setApiError(undefined);
    try {
      await onSignedIn(await login({ ...credentials, totp }));
    } catch (error) {
      setApiError(error);
      setFocus('totp');
    }
  });

  return (
    <section aria-labelledby="mfa-step-heading">
      <h2 id="mfa-step-heading">{t('auth.login.mfa.heading')}</h2>
      <p id="login-totp-intro">{t('auth.login.mfa.text')}</p>
      <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
        <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
        <FormAlert error={apiError} testId="login-error" />
        <TextField
          id="login-totp"
          label={t('auth.login.mfa.code')}
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="none"
          error={errorText(errors.totp?.message)}
          {...form.register('totp')}
        />
        <div className="form-actions">
          <SubmitButton label={t('auth.login.mfa.submit')} busy={isSubmitting} />
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('auth.login.mfa.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
