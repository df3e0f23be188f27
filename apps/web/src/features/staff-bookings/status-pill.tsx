import type { BookingStatus } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { statusTone } from './booking-status';

/** A booking status as a coloured word; the colour repeats the word, never replaces it. */
export function StatusPill({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-pill booking-status booking-status--${statusTone(status)}`} data-status={status}>
      {t(`staffBookings.statuses.${status}`)}
    </span>
  );
}
