import type { Booking } from '@promata/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contractResolver } from '../../components/form/contract-resolver';
import { FormSuccess } from '../../components/form/form-alert';
import { SubmitButton } from '../../components/form/submit-button';
import { TextAreaField } from '../../components/form/text-area-field';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { todayAtReserve } from '../account/profile-form-schema';
import { useSessionStore } from '../auth/session-context';
import { pickText } from '../catalogue/localized-text';
import { createBookingFormSchema, toBookingRequest, type BookingFormValues } from './booking-request';
import { replaceParticipants, transitionBooking } from './bookings-api';
import { lineShortfalls, type LineShortfall } from './participant-counts';
import { ParticipantFields } from './participant-fields';
import { ParticipantsAlert } from './participants-alert';
import { stayLabel } from './stay-label';
import { useBookingRefresh } from './use-booking-refresh';

/** The booking's lines keyed by their ids, the shape the participant form and mapping use. */
const keyedLines = (booking: Booking) => booking.lines.map((line) => ({ ...line, key: line.id }));

function initialValues(booking: Booking): BookingFormValues {
  return {
    notes: '',
    participants: booking.participants.map((participant) => ({
      name: participant.name,
      documentType: participant.document.type,
      documentNumber: participant.document.number,
      birthDate: participant.birthDate,
      gender: participant.gender,
      phone: participant.phone ?? '',
      lines: participant.lines.flatMap((index) => booking.lines[index]?.id ?? []),
    })),
  };
}

/**
 * Replaces the participant list (the API allows the owner while CREATED or PEOPLE_REQUESTED); when
 * the reserve asked for them, the same submission then answers with SEND_PEOPLE and the message.
 */
export function ParticipantsEditor({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const refresh = useBookingRefresh();
  const [saved, setSaved] = useState(false);
  const [shortfalls, setShortfalls] = useState<LineShortfall[]>([]);
  const sendsPeople = booking.allowedEvents.includes('SEND_PEOPLE');
  const form = useForm<BookingFormValues, unknown, BookingFormValues>({
    defaultValues: initialValues(booking),
    resolver: contractResolver(createBookingFormSchema(todayAtReserve())),
  });
  const lines = keyedLines(booking);
  const lineOptions = lines.map((line, index) => ({
    key: line.key,
    label: t('bookings.cart.lineOption', {
      number: index + 1,
      name: pickText(line.experienceName, language)?.text ?? '',
      dates: stayLabel(t, language, line),
    }),
  }));

  const save = useMutation({
    mutationFn: async (values: BookingFormValues) => {
      const { participants } = toBookingRequest(lines, values);
      const updated = await replaceParticipants(session, booking.id, participants ?? []);
      return updated.allowedEvents.includes('SEND_PEOPLE')
        ? transitionBooking(session, booking.id, { event: 'SEND_PEOPLE', message: values.notes })
        : updated;
    },
    onSuccess: async (updated) => {
      setSaved(true);
      await refresh(updated);
    },
  });

  return (
    <form
      noValidate
      className="booking-action-form"
      onSubmit={(event) => {
        setSaved(false);
        void form.handleSubmit((values) => {
          // Only sending needs the counts right: a list saved early may still be short.
          const short = sendsPeople ? lineShortfalls(lines, values.participants) : [];
          setShortfalls(short);
          if (short.length > 0) save.reset();
          else if (!save.isPending) save.mutate(values);
        })(event);
      }}
      data-testid="participants-editor"
    >
      <ParticipantFields
        control={form.control}
        register={form.register}
        errors={form.formState.errors}
        lines={lineOptions}
      />
      {sendsPeople && (
        <TextAreaField
          id="participants-message"
          label={t('bookings.actions.message')}
          optional
          maxLength={2000}
          {...form.register('notes')}
        />
      )}
      <ParticipantsAlert shortfalls={shortfalls} error={save.error} lines={lineOptions} />
      <FormSuccess message={saved ? t('bookings.actions.people.saved') : undefined} />
      <SubmitButton
        label={t(sendsPeople ? 'bookings.actions.people.send' : 'bookings.actions.people.save')}
        busy={save.isPending}
        testId="participants-submit"
      />
    </form>
  );
}
