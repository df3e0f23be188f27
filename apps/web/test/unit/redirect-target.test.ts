import { describe, expect, it } from 'vitest';
import { sanitizeRedirect, validateLoginSearch } from '../../src/features/auth/redirect-target';

describe('sanitizeRedirect', () => {
  it.each([
    ['/account', '/account'],
    ['/account/security', '/account/security'],
    ['/account?tab=1#sessions', '/account?tab=1#sessions'],
    ['/', '/'],
    ['/trilhas/caminho', '/trilhas/caminho'],
    // Dot segments are resolved, but cannot climb out of the origin.
    ['/account/../account/privacy', '/account/privacy'],
    ['/../../etc', '/etc'],
  ])('accepts the same-origin path %j as %j', (value, expected) => {
    expect(sanitizeRedirect(value)).toBe(expected);
  });

  it.each([
    // Another origin, spelled every way a browser accepts.
    'https://evil.example/account',
    'http://evil.example',
    '//evil.example',
    '//evil.example/account',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '/%2F%2Fevil.example',
    '/%2fevil.example',
    '/%5Cevil.example',
    // Other schemes.
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    // Not a path at all, or one with characters browsers strip or reinterpret.
    'account',
    '',
    ' /account',
    '/account\n',
    '/\t/evil.example',
    '/ /evil.example',
    `/${'a'.repeat(2048)}`,
  ])('refuses %j', (value) => {
    expect(sanitizeRedirect(value)).toBeUndefined();
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, ['/account'], { path: '/account' }]) {
      expect(sanitizeRedirect(value)).toBeUndefined();
    }
  });

  it('refuses the sign-in pages themselves, which would loop', () => {
    for (const path of [
      '/login',
      '/login/',
      '/login?redirect=/account',
      '/sign-up',
      '/reset-password',
      '/set-password',
    ]) {
      expect(sanitizeRedirect(path), path).toBeUndefined();
    }
  });
});

describe('validateLoginSearch', () => {
  it('keeps a safe redirect and drops anything else', () => {
    expect(validateLoginSearch({ redirect: '/account/privacy' })).toEqual({ redirect: '/account/privacy' });
    expect(validateLoginSearch({ redirect: '//evil.example', other: 'x' })).toEqual({ redirect: undefined });
    expect(validateLoginSearch({ redirect: 7 })).toEqual({ redirect: undefined });
  });

  it('always returns the key, so the router cannot merge the raw value back in', () => {
    expect(Object.keys(validateLoginSearch({ redirect: 'https://evil.example' }))).toEqual(['redirect']);
  });
});
