import { describe, expect, it, vi } from 'vitest';
import { createNoticeStore } from '../../src/components/notice/notice-store';
import { groupSecret } from '../../src/features/account/mfa-secret';
import { professorDocumentMaxBytes, professorDocumentProblem } from '../../src/features/account/professor-document';
import { sortSessions } from '../../src/features/account/session-order';
import { readFragmentToken } from '../../src/features/auth/fragment-token';
import { createSessionHint, sessionHintKey } from '../../src/features/auth/session-hint';
import { needsMfaSetup } from '../../src/features/auth/staff';

describe('readFragmentToken', () => {
  const token = 'Zm9vYmFyYmF6cXV4cXV1eDEyMzQ1Njc4OTA';

  it('reads the token of an e-mail link’s fragment', () => {
    expect(readFragmentToken(`#token=${token}`)).toBe(token);
    expect(readFragmentToken(`token=${token}`)).toBe(token);
    expect(readFragmentToken(`#other=1&token=${token}`)).toBe(token);
  });

  it('refuses a missing or malformed token', () => {
    expect(readFragmentToken('')).toBeUndefined();
    expect(readFragmentToken('#')).toBeUndefined();
    expect(readFragmentToken('#token=')).toBeUndefined();
    expect(readFragmentToken('#token=short')).toBeUndefined();
    expect(readFragmentToken(`#token=${'x'.repeat(201)}`)).toBeUndefined();
  });
});

describe('session hint', () => {
  function storage() {
    const values = new Map<string, string>();
    return {
      values,
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
      removeItem: (key: string) => void values.delete(key),
    };
  }

  it('stores a flag, never a token', () => {
    const backing = storage();
    const hint = createSessionHint(backing);
    expect(hint.get()).toBe(false);
    hint.set(true);
    expect(backing.values.get(sessionHintKey)).toBe('1');
    expect(hint.get()).toBe(true);
    hint.set(false);
    expect(backing.values.has(sessionHintKey)).toBe(false);
  });

  it('says "maybe" (true) when storage is unavailable, so the API decides', () => {
    const blocked = {
      getItem: (): string | null => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: (): void => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: (): void => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(createSessionHint(blocked).get()).toBe(true);
    expect(() => createSessionHint(blocked).set(true)).not.toThrow();
    expect(createSessionHint(undefined).get()).toBe(true);
  });
});

describe('needsMfaSetup', () => {
  it('is true for staff without MFA only', () => {
    expect(needsMfaSetup({ role: 'ADMIN', mfaEnabled: false })).toBe(true);
    expect(needsMfaSetup({ role: 'ROOT', mfaEnabled: false })).toBe(true);
    expect(needsMfaSetup({ role: 'ADMIN', mfaEnabled: true })).toBe(false);
    expect(needsMfaSetup({ role: 'GUEST', mfaEnabled: false })).toBe(false);
    expect(needsMfaSetup({ role: 'PROFESSOR', mfaEnabled: false })).toBe(false);
  });
});

describe('professorDocumentProblem', () => {
  it('accepts PDF, JPEG, PNG and WebP up to 10 MB', () => {
    for (const type of ['application/pdf', 'image/jpeg', 'image/png', 'image/webp']) {
      expect(professorDocumentProblem({ type, size: 1000 }), type).toBeUndefined();
    }
    expect(professorDocumentProblem({ type: 'application/pdf', size: professorDocumentMaxBytes })).toBeUndefined();
  });

  it('names what is wrong', () => {
    expect(professorDocumentProblem(undefined)).toBe('fileRequired');
    expect(professorDocumentProblem({ type: 'image/gif', size: 10 })).toBe('fileType');
    expect(professorDocumentProblem({ type: '', size: 10 })).toBe('fileType');
    expect(professorDocumentProblem({ type: 'application/pdf', size: professorDocumentMaxBytes + 1 })).toBe('fileSize');
  });
});

describe('sortSessions', () => {
  const session = (id: string, lastUsedAt: string, current = false) => ({
    id,
    device: 'Firefox on Linux',
    ip: null,
    createdAt: '2025-01-01T00:00:00Z',
    lastUsedAt,
    current,
  });

  it('puts the current session first, then the most recently used', () => {
    const sorted = sortSessions([
      session('old', '2025-01-02T00:00:00Z'),
      session('recent', '2025-01-10T00:00:00Z'),
      session('this', '2025-01-05T00:00:00Z', true),
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['this', 'recent', 'old']);
  });
});

describe('groupSecret', () => {
  it('splits a key in groups of four for typing', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
    expect(groupSecret('ABCD')).toBe('ABCD');
  });
});

describe('notice store', () => {
  it('keeps a notice for its page and drops it at the next navigation', () => {
    const store = createNoticeStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.show('signedOut', '/');
    expect(store.get()).toEqual({ key: 'signedOut', path: '/' });
    store.leave('/');
    expect(store.get()).toBeDefined();
    store.leave('/account');
    expect(store.get()).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('can be dismissed', () => {
    const store = createNoticeStore();
    store.show('accountDeleted', '/');
    store.dismiss();
    expect(store.get()).toBeUndefined();
  });
});
