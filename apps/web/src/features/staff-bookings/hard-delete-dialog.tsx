import { deleteBookingRequestSchema } from '@promata/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { applyServerFieldErrors } from '../../components/form/server-field-errors';
import { submitOnce } from '../../components/form/submit-once';
import { TextAreaField } from '../../components/form/text-area-field';
import { TextField } from '../../components/form/text-field';
import { useErrorText } from '../../components/form/use-error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { useSessionStore } from '../auth/session-context';
import { StaffAlert } from '../staff/staff-alert';
import { bookingReference } from './booking-status';
import { deleteBooking, type Booking } from './bookings-api';
import { DialogActions } from '../staff/dialog-actions';

/** Marks the mismatch among the schema's issues; worded with the reference when shown. */
const mismatch = 'reference-mismatch';

/** The endpoint's contract, plus the check that the typed reference is this booking's (the API checks it too). */
function confirmationSchema(reference: string) {
  return deleteBookingRequestSchema.superRefine((values, context) => {
    if (values.reference !== '' && values.reference.toUpperCase() !== reference) {
      context.addIssue({ code: 'custom', path: ['reference'], message: `i18n:${mismatch}` });
    }
  });
}

/** The reason's bound in the contract, for the field's own limit. */
const maxReasonLength = 500;

/**
 * ROOT erases a booking for good. The reference must be typed (not pasted from a click on the
 * wrong row) and a reason given: both go to the API, which checks the reference again and keeps
 * the reason in the audit trail.
 */
export function HardDeleteDialog({
  booking,
  onDeleted,
  onClose,
}: {
  booking: Booking;
  onDeleted: (reference: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const session = useSessionStore();
  const reference = bookingReference(booking.id);
  const [apiError, setApiError] = useState<unknown>();
  const [schema] = useState(() => confirmationSchema(reference));
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: contractResolver(schema),
    defaultValues: { reference: '', reason: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const referenceError =
    errors.reference?.message === `i18n:${mismatch}`
      ? t('staffBookings.hardDelete.referenceMismatch', { reference })
      : errorText(errors.reference?.message);

  return (
    <ModalDialog
      heading={t('staffBookings.hardDelete.dialogHeading', { reference })}
      description={
        <>
          <p>{t('staffBookings.hardDelete.text', { reference, name: booking.owner.name })}</p>
          <p>
            <strong>{t('staffBookings.hardDelete.irreversible')}</strong>
          </p>
        </>
      }
      onClose={onClose}
      testId="hard-delete-dialog"
    >
      {(close) => {
        const submit = form.handleSubmit(async (values) => {
          setApiError(undefined);
          try {
            await deleteBooking(session, booking.id, values);
            close();
            onDeleted(reference);
          } catch (error) {
            if (!applyServerFieldErrors(error, form.setError, ['reference', 'reason'])) setApiError(error);
          }
        });
        return (
          <form noValidate onSubmit={submitOnce(isSubmitting, submit)}>
            <StaffAlert error={apiError} testId="hard-delete-error" />
            <TextField
              id="hard-delete-reference"
              label={t('staffBookings.hardDelete.reference', { reference })}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              error={referenceError}
              {...form.register('reference')}
            />
            <TextAreaField
              id="hard-delete-reason"
              label={t('staffBookings.hardDelete.reason')}
              hint={t('staffBookings.hardDelete.reasonHint')}
              maxLength={maxReasonLength}
              error={errorText(errors.reason?.message)}
              {...form.register('reason')}
            />
            <DialogActions
              label={t('staffBookings.hardDelete.submit')}
              busy={isSubmitting}
              danger
              cancelFirst
              testId="hard-delete-submit"
              onCancel={close}
            />
          </form>
        );
      }}
    </ModalDialog>
  );
}
