import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, FormSuccess } from '../../components/form/form-alert';
import { SubmitButton } from '../../components/form/submit-button';
import { TextAreaField } from '../../components/form/text-area-field';
import { TextField } from '../../components/form/text-field';
import { useSessionStore } from '../auth/session-context';
import { uploadPaymentProof } from './bookings-api';
import { useBookingRefresh } from './use-booking-refresh';

const acceptedTypes = 'application/pdf,image/jpeg,image/png';

/** Sends the payment proof; the API moves the booking to PAYMENT_SENT in the same call. */
export function PaymentProofForm({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const refresh = useBookingRefresh();
  const id = useId();
  const [file, setFile] = useState<File>();
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const upload = useMutation({
    mutationFn: (chosen: File) => uploadPaymentProof(session, bookingId, chosen, message),
    onSuccess: async (result) => refresh(result.booking),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMissing(file === undefined);
    if (file && !upload.isPending) upload.mutate(file);
  };

  return (
    <form noValidate onSubmit={submit} className="booking-action-form" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('bookings.actions.proof.heading')}</h3>
      <p>{t('bookings.actions.proof.text')}</p>
      <TextField
        id={`${id}-file`}
        type="file"
        accept={acceptedTypes}
        label={t('bookings.actions.proof.file')}
        hint={t('bookings.actions.proof.fileHint')}
        error={missing ? t('validation.fileRequired') : undefined}
        onChange={(change) => setFile(change.target.files?.[0])}
        data-testid="proof-file"
      />
      <TextAreaField
        id={`${id}-message`}
        label={t('bookings.actions.message')}
        optional
        maxLength={2000}
        value={message}
        onChange={(change) => setMessage(change.target.value)}
      />
      <FormAlert error={upload.error} />
      <FormSuccess message={upload.isSuccess ? t('bookings.actions.proof.sent') : undefined} testId="proof-sent" />
      <SubmitButton label={t('bookings.actions.proof.submit')} busy={upload.isPending} testId="proof-submit" />
    </form>
  );
}
