import {
  addressSchema,
  cpfSchema,
  formatCpf,
  genderSchema,
  localeSchema,
  passportSchema,
  updateProfileRequestSchema,
  type Profile,
} from '@promata/contracts';
import { z } from 'zod';
import { encodeValidationMessage } from '../../components/form/validation-message';
import { reserveTimeZone } from '../../i18n/format-date-time';
import type { UpdateProfileRequest } from './me-api';

const fields = updateProfileRequestSchema.shape;
const addressFields = addressSchema.shape;

/** Address parts as text inputs: every one may be left blank. */
const addressPartNames = ['street', 'number', 'complement', 'district', 'city', 'state', 'postalCode'] as const;
type AddressPart = (typeof addressPartNames)[number];

/** The form's own values: what the inputs hold, all strings, before any conversion. */
export type ProfileFormValues = {
  name: string;
  phone: string;
  locale: z.infer<typeof localeSchema>;
  documentType: '' | 'CPF' | 'PASSPORT';
  documentNumber: string;
  rg: string;
  birthDate: string;
  gender: '' | z.infer<typeof genderSchema>;
  institution: string;
  address: Record<AddressPart | 'country', string>;
};

const blank = (value: string) => value.trim() === '';

/** A text input whose blank means "not given" (null), checked by the contract otherwise. */
function optionalText(schema: z.ZodType<string, string>) {
  return z
    .string()
    .transform((value) => (blank(value) ? null : value))
    .pipe(schema.nullable());
}

/** Today's calendar date at the reserve, where birth dates are read. */
export function todayAtReserve(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: reserveTimeZone }).format(now);
}

const textSchema = z.object({
  name: fields.name.unwrap(),
  phone: optionalText(fields.phone.unwrap().unwrap()),
  locale: localeSchema,
  rg: optionalText(fields.rg.unwrap().unwrap()),
  birthDate: optionalText(fields.birthDate.unwrap().unwrap()),
  gender: z.union([z.literal(''), genderSchema]).transform((value) => (value === '' ? null : value)),
  institution: optionalText(fields.institution.unwrap().unwrap()),
  documentType: z.enum(['', 'CPF', 'PASSPORT']),
  documentNumber: z.string(),
  address: z.object({
    street: optionalText(addressFields.street.unwrap()),
    number: optionalText(addressFields.number.unwrap()),
    complement: optionalText(addressFields.complement.unwrap()),
    district: optionalText(addressFields.district.unwrap()),
    city: optionalText(addressFields.city.unwrap()),
    state: optionalText(addressFields.state.unwrap()),
    postalCode: optionalText(addressFields.postalCode.unwrap()),
    country: z.string(),
  }),
});

type TextOutput = z.output<typeof textSchema>;

/**
 * The profile form: each field checked by its contract schema (CPF check digits included), and
 * the whole converted to the `PATCH /me` body. Blank optional fields become null.
 */
export function createProfileFormSchema(today: () => string = todayAtReserve) {
  return textSchema
    .superRefine((values, context) => {
      if (values.documentType !== '') {
        const number = values.documentType === 'CPF' ? cpfSchema : passportSchema;
        if (blank(values.documentNumber)) {
          context.addIssue({
            code: 'custom',
            path: ['documentNumber'],
            message: encodeValidationMessage({ key: 'required' }),
          });
        } else if (!number.safeParse(values.documentNumber).success) {
          context.addIssue({
            code: 'custom',
            path: ['documentNumber'],
            message: encodeValidationMessage({ key: values.documentType === 'CPF' ? 'cpf' : 'passport' }),
          });
        }
      }
      if (values.birthDate !== null && values.birthDate > today()) {
        context.addIssue({
          code: 'custom',
          path: ['birthDate'],
          message: encodeValidationMessage({ key: 'birthDateFuture' }),
        });
      }
      if (hasAddress(values.address) && !addressFields.country.unwrap().safeParse(values.address.country).success) {
        context.addIssue({
          code: 'custom',
          path: ['address', 'country'],
          message: encodeValidationMessage({ key: 'country' }),
        });
      }
    })
    .transform(toUpdateRequest);
}

function hasAddress(address: TextOutput['address']): boolean {
  return addressPartNames.some((part) => address[part] !== null);
}

function toUpdateRequest(values: TextOutput): UpdateProfileRequest {
  const { documentType, documentNumber, address, ...rest } = values;
  const document =
    documentType === 'CPF'
      ? { type: 'CPF' as const, number: cpfSchema.parse(documentNumber) }
      : documentType === 'PASSPORT'
        ? { type: 'PASSPORT' as const, number: passportSchema.parse(documentNumber) }
        : null;
  const parts = Object.fromEntries(
    addressPartNames.flatMap((part) => (address[part] === null ? [] : [[part, address[part]]])),
  );
  return {
    ...rest,
    document,
    address: hasAddress(address) ? { ...parts, country: address.country.trim().toUpperCase() } : null,
  };
}

/** The form's starting values from the stored profile. */
export function profileToFormValues(profile: Profile): ProfileFormValues {
  const address = profile.address;
  return {
    name: profile.name,
    phone: profile.phone ?? '',
    locale: profile.locale,
    documentType: profile.document?.type ?? '',
    documentNumber:
      profile.document?.type === 'CPF' ? formatCpf(profile.document.number) : (profile.document?.number ?? ''),
    rg: profile.rg ?? '',
    birthDate: profile.birthDate ?? '',
    gender: profile.gender ?? '',
    institution: profile.institution ?? '',
    address: {
      street: address?.street ?? '',
      number: address?.number ?? '',
      complement: address?.complement ?? '',
      district: address?.district ?? '',
      city: address?.city ?? '',
      state: address?.state ?? '',
      postalCode: address?.postalCode ?? '',
      country: address?.country ?? 'BR',
    },
  };
}
