import type { SessionUser } from '@promata/contracts';
import { staffRoles } from '../../lib/contract-values';

/** Staff must protect their account with a second factor before doing anything else. */
export function needsMfaSetup(user: Pick<SessionUser, 'role' | 'mfaEnabled'>): boolean {
  return (staffRoles as readonly string[]).includes(user.role) && !user.mfaEnabled;
}
