import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contractResolver } from '../../components/form/contract-resolver';
import { FormAlert } from '../../components/form/form-alert';
import { SubmitButton } from '../../components/form/submit-button';
import { TextAreaField } from '../../components/form/text-area-field';
import { todayAtReserve } from '../account/profile-form-schema';
import { useSessionStore } from '../auth/session-context';
import { ApiError } from '../../lib/api-client';
import { participantIssues } from './booking-errors';
import { createBookingFormSchema, toBookingRequest, type BookingFormValues } from './booking-request';
import { bookingsQueryKey, createBooking } from './bookings-api';
import { cartActions } from './cart-store';
import type { CartLine } from './cart-storage';
import { ParticipantFields, type LineOption } from './participant-fields';

/**
 * Participants, notes and the confirmation of the cart. One Idempotency-Key per attempt: a retry
 * of the same request after a lost answer (network, 5xx) sends the same key, so it cannot book
 * twice; a changed request, or one the API refused, gets a new key.
 */
export function ConfirmBookingForm({
  lines,
  lineOptions,
  onRefused,
}: {
  lines: readonly CartLine[];
  lineOptions: readonly LineOption[];
  /** The API refused the booking (places, rules): the page shows why next to the lines. */
  onRefused: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const attempt = useRef<{ key: string; body: string }>(undefined);
  const form = useForm<BookingFormValues, unknown, BookingFormValues>({
    defaultValues: { participants: [], notes: '' },
    resolver: contractResolver(createBookingFormSchema(todayAtReserve())),
  });

  const confirm = useMutation({
    mutationFn: (values: BookingFormValues) => {
      const body = toBookingRequest(lines, values);
      const json = JSON.stringify(body);
      if (attempt.current?.body !== json) attempt.current = { key: crypto.randomUUID(), body: json };
      return createBooking(session, body, attempt.current.key);
    },
    onSuccess: async (booking) => {
      attempt.current = undefined;
      cartActions.clear();
      await queryClient.invalidateQueries({ queryKey: bookingsQueryKey });
      await navigate({ to: '/bookings/$bookingId', params: { bookingId: booking.id } });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status !== undefined && error.status < 500) attempt.current = undefined;
      // Checks only the server makes (a document repeated in the booking) go on their fields.
      participantIssues(error).forEach(({ index, field, message }, order) =>
        form.setError(`participants.${index}.${field}`, { type: 'server', message }, { shouldFocus: order === 0 }),
      );
      onRefused(error);
    },
  });

  return (
    <form
      noValidate
      className="booking-form"
      onSubmit={(event) => {
        onRefused(undefined);
        void form.handleSubmit((values) => {
          if (!confirm.isPending) confirm.mutate(values);
        })(event);
      }}
    >
      <ParticipantFields
        control={form.control}
        register={form.register}
        errors={form.formState.errors}
        lines={lineOptions}
      />
      <section className="booking-section" aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t('bookings.cart.notesHeading')}</h2>
        <TextAreaField
          id="booking-notes"
          label={t('bookings.cart.notes')}
          optional
          maxLength={4000}
          {...form.register('notes')}
        />
      </section>
      <FormAlert error={confirm.error} testId="confirm-error" />
      <SubmitButton label={t('bookings.cart.confirm')} busy={confirm.isPending} testId="confirm-booking" />
    </form>
  );
}
