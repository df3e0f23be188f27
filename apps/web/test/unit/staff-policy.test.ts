import { roles, type Role } from '@promata/contracts';
import { describe, expect, it } from 'vitest';
import {
  assignableRoles as apiAssignableRoles,
  canManageUser as apiCanManageUser,
} from '../../../api/src/platform/auth/policy.js';
import { staffAccess } from '../../src/features/staff/staff-access';
import {
  assignableRoles,
  canManageUser,
  confirmsEmail,
  isErased,
  rowActions,
  type ManagedUser,
} from '../../src/features/staff/user-policy';

const actorId = '00000000-0000-4000-8000-000000000001';
const targetId = '00000000-0000-4000-8000-000000000002';

function target(role: Role, overrides: Partial<ManagedUser> = {}): ManagedUser {
  return { id: targetId, role, active: true, email: 'ana@example.org', ...overrides };
}

describe('assignableRoles', () => {
  it('lets ROOT give every role and ADMIN only visitor and professor', () => {
    expect(assignableRoles('ROOT')).toEqual(['GUEST', 'PROFESSOR', 'ADMIN', 'ROOT']);
    expect(assignableRoles('ADMIN')).toEqual(['GUEST', 'PROFESSOR']);
    expect(assignableRoles('PROFESSOR')).toEqual([]);
    expect(assignableRoles('GUEST')).toEqual([]);
  });

  it('is the API’s own rule, for every role', () => {
    for (const role of roles) {
      const apiActor = { userId: actorId, role, sessionId: 's', mfaVerified: true };
      expect(assignableRoles(role), role).toEqual(apiAssignableRoles(apiActor));
    }
  });
});

describe('canManageUser', () => {
  it('mirrors the API for every pair of roles, and refuses one’s own account', () => {
    for (const actorRole of roles) {
      const apiActor = { userId: actorId, role: actorRole, sessionId: 's', mfaVerified: true };
      for (const targetRole of roles) {
        const pair = `${actorRole} → ${targetRole}`;
        expect(canManageUser({ id: actorId, role: actorRole }, { id: targetId, role: targetRole }), pair).toBe(
          apiCanManageUser(apiActor, { id: targetId, role: targetRole }),
        );
        expect(canManageUser({ id: actorId, role: actorRole }, { id: actorId, role: targetRole }), pair).toBe(false);
      }
    }
  });
});

describe('rowActions', () => {
  const root = { id: actorId, role: 'ROOT' as const };
  const admin = { id: actorId, role: 'ADMIN' as const };

  it('offers ADMIN the other visitor/professor role, deactivation and erasure on a visitor', () => {
    expect(rowActions(admin, target('GUEST'))).toEqual({
      roles: ['PROFESSOR'],
      deactivate: true,
      reactivate: false,
      erase: true,
    });
    expect(rowActions(admin, target('PROFESSOR'))?.roles).toEqual(['GUEST']);
  });

  it('offers nothing to ADMIN on staff accounts, and nothing to anyone on their own row', () => {
    expect(rowActions(admin, target('ADMIN'))).toBeUndefined();
    expect(rowActions(admin, target('ROOT'))).toBeUndefined();
    expect(rowActions(root, target('GUEST', { id: actorId }))).toBeUndefined();
    expect(rowActions(admin, target('GUEST', { id: actorId }))).toBeUndefined();
  });

  it('lets ROOT manage other staff, with every role but the current one', () => {
    expect(rowActions(root, target('ADMIN'))?.roles).toEqual(['GUEST', 'PROFESSOR', 'ROOT']);
    expect(rowActions(root, target('ROOT'))?.roles).toEqual(['GUEST', 'PROFESSOR', 'ADMIN']);
  });

  it('offers reactivation instead of deactivation on an inactive account', () => {
    expect(rowActions(root, target('GUEST', { active: false }))).toMatchObject({ deactivate: false, reactivate: true });
  });

  it('offers nothing on an erased account (it can be neither reactivated nor erased again)', () => {
    const erased = target('GUEST', { active: false, email: `removed-${targetId}@anonymised.invalid` });
    expect(isErased(erased)).toBe(true);
    expect(rowActions(root, erased)).toBeUndefined();
    expect(isErased(target('GUEST'))).toBe(false);
  });

  it('gives no actions to non-staff (the pages are not theirs anyway)', () => {
    expect(rowActions({ id: actorId, role: 'GUEST' }, target('GUEST'))).toBeUndefined();
    expect(rowActions({ id: actorId, role: 'PROFESSOR' }, target('GUEST'))).toBeUndefined();
  });
});

describe('staffAccess', () => {
  it('lets in staff whose session proved MFA only', () => {
    expect(staffAccess({ role: 'ADMIN', mfaEnabled: true, mfaVerified: true })).toBe('allowed');
    expect(staffAccess({ role: 'ROOT', mfaEnabled: true, mfaVerified: true })).toBe('allowed');
  });

  it('sends staff without MFA to its setup, and an unproven staff session to sign in again', () => {
    expect(staffAccess({ role: 'ADMIN', mfaEnabled: false, mfaVerified: false })).toBe('mfa-setup');
    expect(staffAccess({ role: 'ROOT', mfaEnabled: false, mfaVerified: false })).toBe('mfa-setup');
    expect(staffAccess({ role: 'ADMIN', mfaEnabled: true, mfaVerified: false })).toBe('mfa-sign-in');
  });

  it('shows everyone else a missing page, whatever their MFA', () => {
    expect(staffAccess({ role: 'GUEST', mfaEnabled: false, mfaVerified: false })).toBe('not-staff');
    expect(staffAccess({ role: 'PROFESSOR', mfaEnabled: true, mfaVerified: true })).toBe('not-staff');
  });
});

describe('confirmsEmail', () => {
  it('accepts the account’s e-mail typed with any case and surrounding spaces only', () => {
    expect(confirmsEmail(' Ana@Example.org ', 'ana@example.org')).toBe(true);
    expect(confirmsEmail('ana@example.or', 'ana@example.org')).toBe(false);
    expect(confirmsEmail('', 'ana@example.org')).toBe(false);
  });
});
