import type { Profile } from '@promata/contracts';
import { addressSchema } from '@promata/contracts';
import type { User } from '../../platform/db/schema.js';

export function presentProfile(user: User): Profile {
  const address = addressSchema.safeParse(user.address);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    locale: user.locale,
    document:
      user.document_type && user.document_number ? { type: user.document_type, number: user.document_number } : null,
    rg: user.rg,
    birthDate: user.birth_date,
    gender: user.gender,
    institution: user.institution,
    address: user.address === null || !address.success ? null : address.data,
    role: user.role,
    emailVerified: user.email_verified_at !== null,
    mfaEnabled: user.mfa_enabled_at !== null,
    professorStatus: user.professor_status,
    createdAt: user.created_at.toISOString(),
  };
}
