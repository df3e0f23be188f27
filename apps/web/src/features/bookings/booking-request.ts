import { cpfSchema, genders, genderSchema, passportSchema, type CreateBookingRequest } from '@promata/contracts';
import { z } from 'zod';
import { encodeValidationMessage } from '../../components/form/validation-message';
import { isCalendarDate } from '../../lib/calendar-date';
import type { CartLine } from './cart-storage';

/** One participant as the inputs hold it: all strings, and the keys of the cart lines attended. */
export type ParticipantValues = {
  name: string;
  documentType: 'CPF' | 'PASSPORT';
  documentNumber: string;
  birthDate: string;
  gender: '' | z.infer<typeof genderSchema>;
  phone: string;
  lines: string[];
};

export type BookingFormValues = { participants: ParticipantValues[]; notes: string };

export const emptyParticipant = (lineKeys: string[]): ParticipantValues => ({
  name: '',
  documentType: 'CPF',
  documentNumber: '',
  birthDate: '',
  gender: '',
  phone: '',
  lines: lineKeys,
});

const phonePattern = /^\+?[\d\s()-]{8,20}$/;
const message = (key: Parameters<typeof encodeValidationMessage>[0]['key']) => encodeValidationMessage({ key });

/** The participant form, checked as the API will (CPF check digits, passport shape, phone). */
export function createBookingFormSchema(today: string): z.ZodType<BookingFormValues, BookingFormValues> {
  const participant = z
    .object({
      name: z.string().trim().min(1).max(200),
      documentType: z.enum(['CPF', 'PASSPORT']),
      documentNumber: z.string(),
      birthDate: z.string(),
      gender: z.enum(['', ...genders]),
      phone: z.string(),
      lines: z.array(z.string()),
    })
    .superRefine((values, context) => {
      const add = (path: string, key: Parameters<typeof message>[0]) =>
        context.addIssue({ code: 'custom', path: [path], message: message(key) });
      const number = values.documentType === 'CPF' ? cpfSchema : passportSchema;
      if (values.documentNumber.trim() === '') add('documentNumber', 'required');
      else if (!number.safeParse(values.documentNumber).success)
        add('documentNumber', values.documentType === 'CPF' ? 'cpf' : 'passport');
      if (values.birthDate === '') add('birthDate', 'required');
      else if (!isCalendarDate(values.birthDate)) add('birthDate', 'date');
      else if (values.birthDate > today) add('birthDate', 'birthDateFuture');
      if (!genderSchema.safeParse(values.gender).success) add('gender', 'required');
      if (values.phone.trim() !== '' && !phonePattern.test(values.phone.trim())) add('phone', 'phone');
      if (values.lines.length === 0) add('lines', 'required');
    });
  return z.object({ participants: z.array(participant), notes: z.string().max(4000) });
}

/**
 * The `POST /bookings` body: the cart's lines in order, each participant's lines as indexes into
 * them (lines no longer in the cart are dropped), blank phone and notes as null.
 */
export function toBookingRequest(lines: readonly CartLine[], values: BookingFormValues): CreateBookingRequest {
  const keys = lines.map((line) => line.key);
  return {
    lines: lines.map(({ experienceId, startDate, endDate, people }) => ({ experienceId, startDate, endDate, people })),
    participants: values.participants.map((participant) => ({
      name: participant.name.trim(),
      document: { type: participant.documentType, number: participant.documentNumber.trim() },
      birthDate: participant.birthDate,
      gender: genderSchema.parse(participant.gender),
      phone: participant.phone.trim() === '' ? null : participant.phone.trim(),
      lines: participant.lines.map((key) => keys.indexOf(key)).filter((index) => index >= 0),
    })),
    notes: values.notes.trim() === '' ? null : values.notes.trim(),
  };
}
