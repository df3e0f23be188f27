import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusOnMount } from '../../components/focus-on-mount';
import { downloadTextFile } from '../../lib/download-file';

/**
 * Recovery codes, shown once: copy, download as .txt, and an explicit "I saved them" before the
 * user may leave, since nothing can show them again.
 */
export function RecoveryCodesPanel({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [savedConfirmed, setSavedConfirmed] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const checkboxId = useId();
  const text = codes.join('\n');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const download = () => {
    const content = [t('account.recoveryCodes.fileTitle'), t('account.recoveryCodes.fileNote'), '', text, ''].join(
      '\n',
    );
    downloadTextFile('promata-recovery-codes.txt', content, 'text/plain;charset=utf-8');
  };

  return (
    <FocusOnMount>
      <section className="callout recovery-codes" aria-labelledby="recovery-codes-heading" data-testid="recovery-codes">
        <h2 id="recovery-codes-heading">{t('account.recoveryCodes.heading')}</h2>
        <p>{t('account.recoveryCodes.text')}</p>
        <ul className="recovery-codes__list" aria-label={t('account.recoveryCodes.listLabel')}>
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <div className="form-actions">
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            {t('account.recoveryCodes.copy')}
          </button>
          <button type="button" className="button button--secondary" onClick={download}>
            {t('account.recoveryCodes.download')}
          </button>
        </div>
        <p role="status">
          {copyState === 'copied' && t('account.recoveryCodes.copied')}
          {copyState === 'failed' && t('account.recoveryCodes.copyFailed')}
        </p>
        <div className="checkbox-field">
          <input
            id={checkboxId}
            type="checkbox"
            checked={savedConfirmed}
            onChange={(event) => setSavedConfirmed(event.target.checked)}
          />
          <label htmlFor={checkboxId}>{t('account.recoveryCodes.saved')}</label>
        </div>
        <div className="form-actions">
          <button type="button" className="button" disabled={!savedConfirmed} onClick={onDone}>
            {t('account.recoveryCodes.done')}
          </button>
        </div>
      </section>
    </FocusOnMount>
  );
}
