import { describe, expect, it } from 'vitest';
import { emailSchema, errorResponseSchema, pageOf, pageQuerySchema } from '../src/index.js';
import { z } from 'zod';

describe('shared contracts', () => {
  it('normalises e-mails the way the users table stores them', () => {
    expect(emailSchema.parse('  Ana.Souza@PUCRS.br ')).toBe('ana.souza@pucrs.br');
    expect(emailSchema.safeParse('ana@').success).toBe(false);
    expect(emailSchema.safeParse(`${'a'.repeat(250)}@x.br`).success).toBe(false);
  });

  it('pages are 1-based with a bounded size and sensible defaults', () => {
    expect(pageQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(pageQuerySchema.parse({ page: '3', pageSize: '100' })).toEqual({ page: 3, pageSize: 100 });
    expect(pageQuerySchema.safeParse({ pageSize: '101' }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ page: '0' }).success).toBe(false);
    const page = pageOf(z.object({ id: z.string() }));
    expect(page.safeParse({ items: [{ id: 'a' }], page: 1, pageSize: 20, total: 1 }).success).toBe(true);
  });

  it('errors carry a known code and a message', () => {
    expect(errorResponseSchema.safeParse({ error: { code: 'NOT_FOUND', message: 'x' } }).success).toBe(true);
    expect(errorResponseSchema.safeParse({ error: { code: 'TEAPOT', message: 'x' } }).success).toBe(false);
  });
});
