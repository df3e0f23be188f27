import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form/form-alert';
import { downloadBlobFile } from '../../lib/download-file';
import { useSessionStore } from '../auth/session-context';
import { fetchBookingCalendar } from './bookings-api';

/** The booking as an `.ics` file, fetched with the session (a plain link would have no token). */
export function CalendarDownload({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const file = await fetchBookingCalendar(session, bookingId);
      downloadBlobFile(file.fileName ?? `promata-${bookingId.slice(0, 8)}.ics`, file.blob);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <button
        type="button"
        className="button button--secondary"
        aria-busy={busy}
        onClick={() => void download()}
        data-testid="calendar-download"
      >
        {t('bookings.detail.calendar')}
      </button>
      <FormAlert error={error} />
    </div>
  );
}
