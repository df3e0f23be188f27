import { staffRoles, type Role } from '@promata/contracts';

/**
 * Who may do what, in one place. Route-level access is declared on every route (`config.access`)
 * and enforced by the guard; resource-level rules (ownership, whom staff may manage) are these
 * functions, called by the use-cases. A resource the caller may not see answers 404, not 403.
 */
export type Access = 'public' | 'authenticated' | 'staff' | 'root';

export type Actor = { userId: string; role: Role; sessionId: string; mfaVerified: boolean };

export const isStaffRole = (role: Role): boolean => (staffRoles as readonly Role[]).includes(role);
/** Staff powers need the second factor proven in this session, like the staff endpoints. */
export const isStaff = (actor: Actor | undefined): boolean =>
  actor !== undefined && isStaffRole(actor.role) && actor.mfaVerified;

/** Owners see their own things; staff (with MFA) see everyone's. */
export const canSeeOwnedBy = (actor: Actor, ownerId: string): boolean => actor.userId === ownerId || isStaff(actor);

/**
 * Erasing a booking outright is ROOT's power alone (with MFA): it also erases revenue history, so
 * ADMIN cancels instead. Everyone else is told the booking does not exist (404).
 */
export const canHardDeleteBooking = (actor: Actor): boolean => actor.role === 'ROOT' && actor.mfaVerified;

/**
 * Signed-in devices are the owner's alone, staff included: staff end other people's sessions by
 * deactivating the account or changing its role, which signs out everywhere and is audited.
 */
export const canEndSession = (actor: Actor, session: { userId: string }): boolean => actor.userId === session.userId;

/** Why `canManageUser` said no, for the 403's reason. */
export const refusalToManage = (actor: Actor, target: { id: string }): 'SELF' | 'ROLE' =>
  actor.userId === target.id ? 'SELF' : 'ROLE';

/**
 * ROOT manages everyone; ADMIN manages visitors and professors only (never ROOT or other ADMINs).
 * Nobody manages their own account through the staff endpoints: a caller never changes their own
 * role or active state.
 */
export function canManageUser(actor: Actor, target: { id: string; role: Role }): boolean {
  if (actor.userId === target.id) return false;
  if (actor.role === 'ROOT') return true;
  return actor.role === 'ADMIN' && !isStaffRole(target.role);
}

/** The roles an actor may give (invitations, role changes). */
export function assignableRoles(actor: Actor): readonly Role[] {
  if (actor.role === 'ROOT') return ['GUEST', 'PROFESSOR', 'ADMIN', 'ROOT'];
  if (actor.role === 'ADMIN') return ['GUEST', 'PROFESSOR'];
  return [];
}
