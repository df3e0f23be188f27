import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, FormSuccess } from '../../components/form/form-alert';
import { downloadTextFile } from '../../lib/download-file';
import { useSessionStore } from '../auth/session-context';
import { exportMyData } from './me-api';

export const exportFileName = 'promata-my-data.json';

/** LGPD access right: the user's data as the API exports it, saved as a JSON file. */
export function ExportData() {
  const { t } = useTranslation();
  const session = useSessionStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      const data = await exportMyData(session);
      downloadTextFile(exportFileName, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="account-section" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('account.privacy.export.heading')}</h2>
      <p>{t('account.privacy.export.text')}</p>
      <FormAlert error={error} />
      <FormSuccess message={done ? t('account.privacy.export.done') : undefined} />
      <button type="button" className="button" aria-busy={busy} onClick={() => void download()}>
        {busy ? t('form.sending') : t('account.privacy.export.button')}
      </button>
    </section>
  );
}
