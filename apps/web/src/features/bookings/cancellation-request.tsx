import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/form/form-alert';
import { TextAreaField } from '../../components/form/text-area-field';
import { useSessionStore } from '../auth/session-context';
import { transitionBooking } from './bookings-api';
import { useBookingRefresh } from './use-booking-refresh';

/**
 * Asks the reserve to cancel. Two steps (open, then confirm), because the request cannot be
 * taken back by the visitor: the staff decide on it.
 */
export function CancellationRequest({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const refresh = useBookingRefresh();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const request = useMutation({
    mutationFn: () => transitionBooking(session, bookingId, { event: 'REQUEST_CANCELLATION', message }),
    onSuccess: async (booking) => {
      setOpen(false);
      await refresh(booking);
    },
  });

  if (!open) {
    return (
      <div className="booking-action-form">
        <h3>{t('bookings.actions.cancel.heading')}</h3>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setOpen(true)}
          data-testid="cancel-open"
        >
          {t('bookings.actions.cancel.open')}
        </button>
      </div>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!request.isPending) request.mutate();
  };

  return (
    <form noValidate onSubmit={submit} className="booking-action-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('bookings.actions.cancel.heading')}</h3>
      <p>{t('bookings.actions.cancel.text')}</p>
      <TextAreaField
        id={`${id}-message`}
        label={t('bookings.actions.message')}
        optional
        maxLength={2000}
        value={message}
        onChange={(change) => setMessage(change.target.value)}
        autoFocus
      />
      <FormAlert error={request.error} />
      <div className="booking-buttons">
        <button
          type="submit"
          className="button button--danger"
          aria-busy={request.isPending}
          data-testid="cancel-confirm"
        >
          {request.isPending ? t('form.sending') : t('bookings.actions.cancel.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('bookings.actions.cancel.keep')}
        </button>
      </div>
    </form>
  );
}
