import { mfaCodeRequestSchema } from '@promata/contracts';
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
import { confirmMfa, startMfaSetup } from '../auth/mfa-api';
import { useSessionStore } from '../auth/session-context';
import { MfaQrCode } from './mfa-qr-code';
import { groupSecret } from './mfa-secret';
import { RecoveryCodesPanel } from './recovery-codes-panel';

type Phase =
  { step: 'intro' } | { step: 'scan'; secret: string; otpauthUrl: string } | { step: 'codes'; recoveryCodes: string[] };

/** Start → scan and confirm with a code → recovery codes, shown once. */
export function MfaSetup({ onFinished }: { onFinished: () => Promise<void> }) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const [phase, setPhase] = useState<Phase>({ step: 'intro' });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const start = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      setPhase({ step: 'scan', ...(await startMfaSetup(session)) });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (phase.step === 'codes') {
    return <RecoveryCodesPanel codes={phase.recoveryCodes} onDone={() => void onFinished()} />;
  }

  if (phase.step === 'scan') {
    return (
      <section className="account-section" aria-labelledby="mfa-scan-heading" data-testid="mfa-scan">
        <h2 id="mfa-scan-heading" className="visually-hidden">
          {t('account.mfa.heading')}
        </h2>
        <p>{t('account.mfa.scan')}</p>
        <MfaQrCode otpauthUrl={phase.otpauthUrl} />
        <p>{t('account.mfa.manual')}</p>
        <p>
          <code className="mfa-secret" data-testid="mfa-secret" data-secret={phase.secret}>
            {groupSecret(phase.secret)}
          </code>
        </p>
        <MfaConfirmForm
          onConfirmed={(recoveryCodes) => {
            setPhase({ step: 'codes', recoveryCodes });
          }}
        />
      </section>
    );
  }

  return (
    <section className="account-section">
      <p>{t('account.mfa.intro')}</p>
      <FormAlert error={error} />
      <button type="button" className="button" aria-busy={busy} onClick={() => void start()}>
        {busy ? t('form.sending') : t('account.mfa.start')}
      </button>
    </section>
  );
}

const summaryFields = [{ name: 'code', id: 'mfa-code' }] as const;

function MfaConfirmForm({ onConfirmed }: { onConfirmed: (recoveryCodes: string[]) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const form = useForm<z.input<typeof mfaCodeRequestSchema>, unknown, z.output<typeof mfaCodeRequestSchema>>({
    resolver: contractResolver(mfaCodeRequestSchema, { code: 'sixDigits' }),
    defaultValues: { code: '' },
  });
  const { errors, isSubmitting, submitCount } = form.formState;

  const submit = form.handleSubmit(async ({ code }) => {
    setApiError(undefined);
    try {
      const response = await confirmMfa(session, code);
      // The answer proves the second factor for this session: a new token, MFA now on.
      const { recoveryCodes, ...token } = response;
      session.signIn(token);
      onConfirmed(recoveryCodes);
    } catch (error) {
      setApiError(error);
      form.setFocus('code');
    }
  });

  return (
    <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
      <p>{t('account.mfa.confirmStep')}</p>
      <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
      <FormAlert error={apiError} testId="mfa-error" />
      <TextField
        id="mfa-code"
        label={t('account.mfa.code')}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
        spellCheck={false}
        error={errorText(errors.code?.message)}
        {...form.register('code')}
      />
      <div className="form-actions">
        <SubmitButton label={t('account.mfa.confirm')} busy={isSubmitting} />
      </div>
    </form>
  );
}
