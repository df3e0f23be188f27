import type { userSummarySchema } from '@promata/contracts';
import type { z } from 'zod';
import type { User } from '../../platform/db/schema.js';

export function presentUserSummary(user: User): z.output<typeof userSummarySchema> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    emailVerified: user.email_verified_at !== null,
    mfaEnabled: user.mfa_enabled_at !== null,
    professorStatus: user.professor_status,
    institution: user.institution,
    erased: user.anonymised_at !== null,
    createdAt: user.created_at.toISOString(),
  };
}
