import type { Role } from '@promata/contracts';
import { staffRoles } from '../../lib/contract-values';

/** The signed-in staff member, as far as the rules below need them. */
export type StaffActor = { id: string; role: Role };

/** A row of the users table, as far as the rules below need it. */
export type ManagedUser = { id: string; role: Role; active: boolean; email: string };

/** What a staff member may do to one account; undefined when nothing at all. */
export type RowActions = {
  /** The roles the account may be changed to (its current role left out). */
  roles: readonly Role[];
  deactivate: boolean;
  reactivate: boolean;
  erase: boolean;
};

export function isStaffRole(role: Role): boolean {
  return (staffRoles as readonly Role[]).includes(role);
}

/**
 * The roles a staff member may give in invitations and role changes. Mirrors `assignableRoles` in
 * apps/api/src/platform/auth/policy.ts: the API decides; the page only avoids offering a refusal.
 */
export function assignableRoles(actorRole: Role): readonly Role[] {
  if (actorRole === 'ROOT') return ['GUEST', 'PROFESSOR', 'ADMIN', 'ROOT'];
  if (actorRole === 'ADMIN') return ['GUEST', 'PROFESSOR'];
  return [];
}

/**
 * Mirrors the API's `canManageUser`: ROOT manages everyone, ADMIN visitors and professors only,
 * and nobody their own account (their role and access are someone else's decision).
 */
export function canManageUser(actor: StaffActor, target: Pick<ManagedUser, 'id' | 'role'>): boolean {
  if (actor.id === target.id) return false;
  if (actor.role === 'ROOT') return true;
  return actor.role === 'ADMIN' && !isStaffRole(target.role);
}

/** The domain the API gives erased accounts: `.invalid` is reserved, so no real address has it. */
const erasedEmailDomain = '@anonymised.invalid';

/**
 * Whether the account was erased (anonymised). The summary has no flag for it, so this reads the
 * placeholder address the API writes; an erased account can neither be reactivated nor erased again.
 */
export function isErased(user: Pick<ManagedUser, 'email'>): boolean {
  return user.email.toLowerCase().endsWith(erasedEmailDomain);
}

export function rowActions(actor: StaffActor, target: ManagedUser): RowActions | undefined {
  if (!canManageUser(actor, target) || isErased(target)) return undefined;
  return {
    roles: assignableRoles(actor.role).filter((role) => role !== target.role),
    deactivate: target.active,
    reactivate: !target.active,
    erase: true,
  };
}

/** Whether the typed text names the account: the e-mail as the API compares them (trimmed, any case). */
export function confirmsEmail(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase();
}
