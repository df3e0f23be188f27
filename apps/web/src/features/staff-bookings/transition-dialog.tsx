import type { BookingEvent } from '@promata/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/form/text-area-field';
import { ModalDialog } from '../../components/modal-dialog';
import { useSessionStore } from '../auth/session-context';
import { StaffAlert } from '../staff/staff-alert';
import { isBookingGone, isInvalidTransition } from './booking-error';
import { bookingReference } from './booking-status';
import { transitionBooking, type Booking } from './bookings-api';
import { DialogActions } from '../staff/dialog-actions';

/** The API's bound on a transition message. */
const maxMessageLength = 2000;

/**
 * One workflow action, confirmed, with an optional message for the visitor (sent in the e-mail
 * and kept in the timeline). A refusal because the booking moved meanwhile closes the dialog and
 * is told by the page, which refreshes; other refusals stay here, next to the retry.
 */
export function TransitionDialog({
  booking,
  event,
  danger,
  onDone,
  onStale,
  onClose,
}: {
  booking: Booking;
  event: BookingEvent;
  danger: boolean;
  onDone: (updated: Booking) => void;
  /** The booking moved (409 INVALID_TRANSITION) or vanished: nothing left to confirm here. */
  onStale: (error: unknown) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [apiError, setApiError] = useState<unknown>();
  const label = t(`staffBookings.detail.actions.labels.${event}`);

  return (
    <ModalDialog
      heading={label}
      description={
        <p>
          {t('staffBookings.detail.actions.dialogText', {
            reference: bookingReference(booking.id),
            name: booking.owner.name,
          })}
        </p>
      }
      onClose={onClose}
      testId="transition-dialog"
    >
      {(close) => {
        const confirm = async () => {
          if (busy) return;
          setBusy(true);
          setApiError(undefined);
          const text = message.trim();
          try {
            const updated = await transitionBooking(session, booking.id, { event, ...(text ? { message: text } : {}) });
            close();
            onDone(updated);
          } catch (error) {
            if (isInvalidTransition(error) || isBookingGone(error)) {
              close();
              onStale(error);
            } else {
              setApiError(error);
            }
          } finally {
            setBusy(false);
          }
        };
        return (
          <form
            noValidate
            onSubmit={(submitted) => {
              submitted.preventDefault();
              void confirm();
            }}
          >
            <StaffAlert error={apiError} testId="transition-error" />
            <TextAreaField
              id="transition-message"
              label={t('staffBookings.detail.actions.message')}
              hint={t('staffBookings.detail.actions.messageHint')}
              optional
              maxLength={maxMessageLength}
              value={message}
              onChange={(changed) => setMessage(changed.target.value)}
            />
            <DialogActions
              label={t('staffBookings.detail.actions.confirm')}
              busy={busy}
              danger={danger}
              testId="transition-confirm"
              onCancel={close}
            />
          </form>
        );
      }}
    </ModalDialog>
  );
}
