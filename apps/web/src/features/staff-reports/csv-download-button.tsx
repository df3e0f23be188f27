import type { ReportRangeQuery } from '@promata/contracts';
import { useState } from 'react';
import { useApiErrorText } from '../../components/form/api-error-text';
import { downloadBlobFile } from '../../lib/download-file';
import { useSessionStore } from '../auth/session-context';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';
import { fetchBookingsCsv } from './reports-api';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'error'; error: unknown };

/** Fetches the bookings CSV of the range with the session's token and saves it under the API's name. */
export function CsvDownloadButton({ range }: { range: ReportRangeQuery }) {
  const { t } = useConsoleTranslation();
  const apiErrorText = useApiErrorText();
  const session = useSessionStore();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const download = async () => {
    if (state.kind === 'busy') return;
    setState({ kind: 'busy' });
    try {
      const file = await fetchBookingsCsv(session, range);
      const name = file.fileName ?? `promata-bookings-${range.from}-to-${range.to}.csv`;
      downloadBlobFile(name, file.blob);
      setState({ kind: 'done', file: name });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };

  return (
    <div className="report-actions">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void download()}
        aria-disabled={state.kind === 'busy'}
        data-testid="download-csv"
      >
        {state.kind === 'busy' ? t('reports.download.busy') : t('reports.download.button')}
      </button>
      <span className="cell-note">{t('reports.download.hint')}</span>
      <p role="status">{state.kind === 'done' && t('reports.download.done', { file: state.file })}</p>
      {state.kind === 'error' && (
        <p role="alert" className="form-alert">
          {t('reports.download.error')} {apiErrorText(state.error)}
        </p>
      )}
    </div>
  );
}
