import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form/form-alert';
import { regenerateRecoveryCodes } from '../auth/mfa-api';
import { useSession, useSessionStore } from '../auth/session-context';
import { RecoveryCodesPanel } from './recovery-codes-panel';

/** Whether MFA is on; the way to turn it on, or to replace the recovery codes. */
export function MfaStatus() {
  const { t } = useTranslation();
  const state = useSession();
  const session = useSessionStore();
  const [codes, setCodes] = useState<string[]>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const enabled = state.status === 'authenticated' && state.user.mfaEnabled;

  const regenerate = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      setCodes(await regenerateRecoveryCodes(session));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="account-section" aria-labelledby="mfa-heading" data-testid="mfa-status">
      <h2 id="mfa-heading">{t('account.security.mfa.heading')}</h2>
      <p>{enabled ? t('account.security.mfa.on') : t('account.security.mfa.off')}</p>
      {!enabled && (
        <Link to="/account/mfa" className="button">
          {t('account.security.mfa.setUp')}
        </Link>
      )}
      {enabled && !codes && (
        <>
          <p id="regenerate-hint">{t('account.security.mfa.regenerateHint')}</p>
          <FormAlert error={error} />
          <button
            type="button"
            className="button button--secondary"
            aria-describedby="regenerate-hint"
            aria-busy={busy}
            onClick={() => void regenerate()}
          >
            {t('account.security.mfa.regenerate')}
          </button>
        </>
      )}
      {codes && <RecoveryCodesPanel codes={codes} onDone={() => setCodes(undefined)} />}
    </section>
  );
}
