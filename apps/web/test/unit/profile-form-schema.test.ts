import type { Profile } from '@promata/contracts';
import { describe, expect, it } from 'vitest';
import type { ZodError } from 'zod';
import {
  createProfileFormSchema,
  profileToFormValues,
  todayAtReserve,
  type ProfileFormValues,
} from '../../src/features/account/profile-form-schema';

const schema = createProfileFormSchema(() => '2025-01-15');

const profile: Profile = {
  id: '5a3c1e8e-2f7b-4c1d-9a55-3c2b1d0e9f8a',
  email: 'ana@example.com',
  name: 'Ana Souza',
  phone: null,
  locale: 'pt-BR',
  document: null,
  rg: null,
  birthDate: null,
  gender: null,
  institution: null,
  address: null,
  role: 'GUEST',
  emailVerified: true,
  mfaEnabled: false,
  professorStatus: 'NONE',
  createdAt: '2025-01-01T12:00:00.000Z',
};

const empty = profileToFormValues(profile);

function issuesOf(values: ProfileFormValues): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries((result.error as ZodError).issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('profile form schema', () => {
  it('turns an untouched empty profile into nulls, not empty strings', () => {
    expect(schema.parse(empty)).toEqual({
      name: 'Ana Souza',
      phone: null,
      locale: 'pt-BR',
      rg: null,
      birthDate: null,
      gender: null,
      institution: null,
      document: null,
      address: null,
    });
  });

  it('refuses a CPF whose check digits do not match, on the number field', () => {
    const issues = issuesOf({ ...empty, documentType: 'CPF', documentNumber: '123.456.789-00' });
    expect(issues).toEqual({ documentNumber: 'i18n:cpf' });
    expect(issuesOf({ ...empty, documentType: 'CPF', documentNumber: '111.111.111-11' })).toEqual({
      documentNumber: 'i18n:cpf',
    });
  });

  it('stores a valid CPF as its 11 digits', () => {
    const request = schema.parse({ ...empty, documentType: 'CPF', documentNumber: '529.982.247-25' });
    expect(request.document).toEqual({ type: 'CPF', number: '52998224725' });
  });

  it('asks for the number once a document type is chosen', () => {
    expect(issuesOf({ ...empty, documentType: 'PASSPORT', documentNumber: ' ' })).toEqual({
      documentNumber: 'i18n:required',
    });
    expect(issuesOf({ ...empty, documentType: 'PASSPORT', documentNumber: 'ab-1' })).toEqual({
      documentNumber: 'i18n:passport',
    });
    expect(schema.parse({ ...empty, documentType: 'PASSPORT', documentNumber: 'fx 123456' }).document).toEqual({
      type: 'PASSPORT',
      number: 'FX123456',
    });
  });

  it('ignores a number typed before the type was set back to none', () => {
    expect(schema.parse({ ...empty, documentType: '', documentNumber: '123' }).document).toBeNull();
  });

  it('checks the phone with the contract pattern', () => {
    expect(Object.keys(issuesOf({ ...empty, phone: 'call me' }))).toEqual(['phone']);
    expect(schema.parse({ ...empty, phone: '(51) 99999-0000' }).phone).toBe('(51) 99999-0000');
  });

  it('refuses a birth date in the future of the reserve', () => {
    expect(issuesOf({ ...empty, birthDate: '2025-01-16' })).toEqual({ birthDate: 'i18n:birthDateFuture' });
    expect(schema.parse({ ...empty, birthDate: '1990-05-20' }).birthDate).toBe('1990-05-20');
  });

  it('sends the address parts that were filled, with an upper-case country', () => {
    const request = schema.parse({
      ...empty,
      address: { ...empty.address, city: 'São Francisco de Paula', state: 'RS', country: 'br' },
    });
    expect(request.address).toEqual({ city: 'São Francisco de Paula', state: 'RS', country: 'BR' });
    expect(issuesOf({ ...empty, address: { ...empty.address, city: 'Porto Alegre', country: 'Brasil' } })).toEqual({
      'address.country': 'i18n:country',
    });
  });

  it('fills the form from a stored profile, CPF punctuated for reading', () => {
    const values = profileToFormValues({
      ...profile,
      document: { type: 'CPF', number: '52998224725' },
      gender: 'FEMALE',
      address: { city: 'Canela', country: 'BR' },
    });
    expect(values.documentNumber).toBe('529.982.247-25');
    expect(values.gender).toBe('FEMALE');
    expect(values.address).toMatchObject({ city: 'Canela', street: '', country: 'BR' });
    // And back, unchanged.
    expect(schema.parse(values).document).toEqual({ type: 'CPF', number: '52998224725' });
  });
});

describe('todayAtReserve', () => {
  it('is the calendar date in São Paulo, not in UTC', () => {
    expect(todayAtReserve(new Date('2025-01-15T02:00:00Z'))).toBe('2025-01-14');
    expect(todayAtReserve(new Date('2025-01-15T12:00:00Z'))).toBe('2025-01-15');
  });
});
