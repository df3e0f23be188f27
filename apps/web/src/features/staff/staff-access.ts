import type { SessionUser } from '@promata/contracts';
import { needsMfaSetup } from '../auth/staff';
import { isStaffRole } from './user-policy';

/**
 * Where a signed-in user stands at the staff pages' door:
 * - `allowed`: staff whose session proved the second factor, as the staff endpoints require;
 * - `not-staff`: the pages do not exist for them (the API answers 404 too);
 * - `mfa-setup`: staff who never set MFA up do it first (the existing setup page, then back here);
 * - `mfa-sign-in`: MFA is on but this session did not prove it: signing in again asks the code.
 */
export type StaffAccess = 'allowed' | 'not-staff' | 'mfa-setup' | 'mfa-sign-in';

export function staffAccess(user: Pick<SessionUser, 'role' | 'mfaEnabled' | 'mfaVerified'>): StaffAccess {
  if (!isStaffRole(user.role)) return 'not-staff';
  if (needsMfaSetup(user)) return 'mfa-setup';
  return user.mfaVerified ? 'allowed' : 'mfa-sign-in';
}
