import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import type { Booking } from './bookings-api';

/**
 * Who comes, with their identity documents in full: staff check them against the list at the
 * gate. Each person's items are the line numbers of the table above.
 */
export function ParticipantsTable({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const captionId = useId();
  if (booking.participants.length === 0) return <p>{t('staffBookings.detail.participants.none')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" data-testid="booking-participants">
        <caption id={captionId} className="visually-hidden">
          {t('staffBookings.detail.participants.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('staffBookings.detail.participants.name')}</th>
            <th scope="col">{t('staffBookings.detail.participants.document')}</th>
            <th scope="col">{t('staffBookings.detail.participants.birthDate')}</th>
            <th scope="col">{t('staffBookings.detail.participants.gender')}</th>
            <th scope="col">{t('staffBookings.detail.participants.phone')}</th>
            <th scope="col">{t('staffBookings.detail.participants.lines')}</th>
          </tr>
        </thead>
        <tbody>
          {booking.participants.map((participant) => (
            <tr key={participant.id} data-testid="participant-row">
              <th scope="row">{participant.name}</th>
              <td>
                {t(`staffBookings.detail.participants.documentTypes.${participant.document.type}`)}{' '}
                <span className="booking-document-number">{participant.document.number}</span>
              </td>
              <td>{formatCalendarDate(participant.birthDate, language, { dateStyle: 'medium' })}</td>
              <td>{t(`staffBookings.detail.participants.genders.${participant.gender}`)}</td>
              <td>{participant.phone ?? t('staffBookings.detail.participants.noPhone')}</td>
              <td>{participant.lines.map((line) => line + 1).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
