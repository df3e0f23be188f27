import type { BookingEvent } from '@promata/contracts';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { staffActionsFor } from './staff-actions';
import type { Booking } from './bookings-api';

const buttonClass = {
  primary: 'button',
  secondary: 'button button--secondary',
  danger: 'button button--danger-outline',
} as const;

/** Only the actions the workflow allows now (the API's `allowedEvents`), each opening its dialog. */
export function BookingActions({
  booking,
  headingRef,
  onChoose,
}: {
  booking: Booking;
  /** Focus lands here after an action, when the button that started it is gone. */
  headingRef: Ref<HTMLHeadingElement>;
  onChoose: (event: BookingEvent) => void;
}) {
  const { t } = useTranslation();
  const actions = staffActionsFor(booking.allowedEvents);
  return (
    <section className="booking-actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading" ref={headingRef} tabIndex={-1} className="focus-target">
        {t('staffBookings.detail.actions.heading')}
      </h2>
      {actions.length === 0 ? (
        <p data-testid="no-actions">{t('staffBookings.detail.actions.none')}</p>
      ) : (
        <div className="form-actions" data-testid="booking-actions">
          {actions.map(({ event, tone }) => (
            <button
              key={event}
              type="button"
              className={buttonClass[tone]}
              onClick={() => onChoose(event)}
              data-testid="booking-action"
              data-event={event}
            >
              {t(`staffBookings.detail.actions.labels.${event}`)}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
