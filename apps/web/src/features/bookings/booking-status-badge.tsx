import type { BookingStatus } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { statusTone } from './booking-status';

/** The status as words (never colour alone), tinted by whose move it is. */
export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`booking-status booking-status--${statusTone(status)}`} data-testid="booking-status">
      {t(`bookings.statuses.${status}`)}
    </span>
  );
}
