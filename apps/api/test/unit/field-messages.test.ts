import { describe, expect, it } from 'vitest';
import { issueCode, issueMessage, wordedIssueCodes } from '../../src/platform/i18n/field-messages.js';

describe('field messages', () => {
  it('words every known code differently in pt-BR and en, without placeholders left over', () => {
    for (const code of wordedIssueCodes) {
      const issue = { path: 'body.x', code, params: { minimum: 3, maximum: 9, origin: 'string', date: '2026-12-01' } };
      const pt = issueMessage(issue, 'pt-BR');
      const en = issueMessage(issue, 'en');
      expect(pt, code).not.toBe(en);
      expect(`${pt} ${en}`, code).not.toMatch(/undefined|\?\b|\$\{/);
    }
  });

  it('names a refinement by its reason and keeps zod codes as they are', () => {
    expect(issueCode({ path: 'body.endDate', code: 'custom', params: { reason: 'end_before_start' } })).toBe(
      'end_before_start',
    );
    expect(issueCode({ path: 'body.x', code: 'custom' })).toBe('custom');
    expect(issueCode({ path: 'body.x', code: 'too_small', params: { reason: 'ignored' } })).toBe('too_small');
  });

  it('uses the bounds zod reports', () => {
    const short = { path: 'body.password', code: 'too_small', params: { origin: 'string', minimum: 12 } };
    expect(issueMessage(short, 'pt-BR')).toBe('Use pelo menos 12 caracteres.');
    expect(issueMessage(short, 'en')).toBe('Use at least 12 characters.');
    const many = { path: 'body.lines', code: 'too_big', params: { origin: 'array', maximum: 10 } };
    expect(issueMessage(many, 'en')).toBe('Give at most 10 item(s).');
  });

  it('words a regex check by the field it guards, and anything unknown generically', () => {
    const phone = { path: 'body.participants.0.phone', code: 'invalid_format', params: { format: 'regex' } };
    expect(issueMessage(phone, 'pt-BR')).toMatch(/telefone/);
    const other = { path: 'body.slug', code: 'invalid_format', params: { format: 'regex' } };
    expect(issueMessage(other, 'en')).toBe('Invalid format.');
    expect(issueMessage({ path: 'body.x', code: 'no_such_code' }, 'pt-BR')).toBe('Valor inválido.');
  });
});
