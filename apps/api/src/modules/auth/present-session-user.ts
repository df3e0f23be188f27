import type { SessionUser } from '@promata/contracts';
import type { User } from '../../platform/db/schema.js';

export function presentSessionUser(user: User, mfaVerified: boolean): SessionUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    emailVerified: user.email_verified_at !== null,
    mfaEnabled: user.mfa_enabled_at !== null,
    mfaVerified,
  };
}
