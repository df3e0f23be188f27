import { changePasswordRequestSchema, loginRequestSchema, signUpRequestSchema } from '@promata/contracts';
import type { FieldError, FieldValues, ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiErrorText, formatWait } from '../../src/components/form/api-error-text';
import { contractResolver, type MessageOverrides } from '../../src/components/form/contract-resolver';
import {
  decodeValidationMessage,
  encodeValidationMessage,
  isValidationKey,
} from '../../src/components/form/validation-message';
import { createI18n } from '../../src/i18n/create-i18n';
import { ApiError } from '../../src/lib/api-client';

/** What react-hook-form passes a resolver, for a form without registered native fields. */
function options<Values extends FieldValues>(): ResolverOptions<Values> {
  return { fields: {}, shouldUseNativeValidation: false };
}

/** Field → encoded message of a failed resolution, or the parsed values. */
async function resolve<Input extends Record<string, unknown>, Output>(
  schema: z.ZodType<Output, Input>,
  values: Input,
  overrides: MessageOverrides = {},
) {
  const result = await contractResolver(schema, overrides)(values, undefined, options());
  const messages = Object.fromEntries(
    Object.entries(result.errors).map(([name, error]) => [name, (error as FieldError).message]),
  );
  return { values: result.values, messages };
}

describe('validation messages', () => {
  it('round-trip a key and a length', () => {
    expect(decodeValidationMessage(encodeValidationMessage({ key: 'required' }))).toEqual({ key: 'required' });
    expect(decodeValidationMessage(encodeValidationMessage({ key: 'tooShort', length: 10 }))).toEqual({
      key: 'tooShort',
      length: 10,
    });
  });

  it('leave other texts (e.g. the API’s) alone', () => {
    expect(decodeValidationMessage('E-mail ou senha incorretos.')).toBeUndefined();
    expect(decodeValidationMessage('i18n:noSuchKey')).toBeUndefined();
    expect(isValidationKey('cpf')).toBe(true);
    expect(isValidationKey('toString')).toBe(false);
  });
});

describe('contractResolver', () => {
  it('derives translatable messages from the contract schemas, not their English texts', async () => {
    const schema = signUpRequestSchema.pick({ name: true, email: true, password: true });
    const { messages } = await resolve(schema, { name: '  ', email: 'not-an-address', password: 'short' });
    expect(messages).toEqual({
      name: 'i18n:required',
      email: 'i18n:email',
      password: 'i18n:tooShort|10',
    });
  });

  it('says "required" for an empty field whatever check failed first', async () => {
    const schema = signUpRequestSchema.pick({ email: true, password: true });
    const { messages } = await resolve(schema, { email: '', password: '' });
    expect(messages).toEqual({ email: 'i18n:required', password: 'i18n:required' });
  });

  it('reports the maximum length', async () => {
    const schema = changePasswordRequestSchema;
    const { messages } = await resolve(schema, { currentPassword: 'x', newPassword: 'a'.repeat(129) });
    expect(messages).toEqual({ newPassword: 'i18n:tooLong|128' });
  });

  it('uses a field’s own message for a pattern it failed', async () => {
    const schema = z.object({ totp: loginRequestSchema.shape.totp.unwrap() });
    const { messages } = await resolve(schema, { totp: '12345' }, { totp: 'totpOrRecovery' });
    expect(messages).toEqual({ totp: 'i18n:totpOrRecovery' });
  });

  it('hands the parsed (normalised) values to the form on success', async () => {
    const schema = loginRequestSchema.pick({ email: true, password: true });
    const { values, messages } = await resolve(schema, { email: ' Ana@Example.COM ', password: 'secret' });
    expect(messages).toEqual({});
    expect(values).toEqual({ email: 'ana@example.com', password: 'secret' });
  });

  it('nests errors of nested fields', async () => {
    const schema = z.object({ address: z.object({ city: z.string().min(1) }) });
    const result = await contractResolver(schema)({ address: { city: '' } }, undefined, options());
    expect(result.errors).toMatchObject({ address: { city: { message: 'i18n:required' } } });
  });
});

describe('apiErrorText', () => {
  const t = createI18n('en').t;

  it('shows the API’s translated message', () => {
    expect(apiErrorText(t, new ApiError('Incorrect e-mail or password.', 401, 'INVALID_CREDENTIALS'), 'en')).toBe(
      'Incorrect e-mail or password.',
    );
  });

  it('adds how long to wait when rate limited or overloaded', () => {
    const error = new ApiError('Too many attempts.', 429, 'RATE_LIMITED', { retryAfterSeconds: 30 });
    expect(apiErrorText(t, error, 'en')).toBe('Too many attempts. Try again in 30 seconds.');
    const long = new ApiError('Muitas tentativas.', 429, 'RATE_LIMITED', { retryAfterSeconds: 900 });
    expect(apiErrorText(createI18n('pt-BR').t, long, 'pt-BR')).toBe(
      'Muitas tentativas. Tente novamente em 15 minutos.',
    );
  });

  it('has its own words for failures that never reached the API', () => {
    expect(apiErrorText(t, new ApiError('x', undefined, 'NETWORK_ERROR'), 'en')).toMatch(/Could not reach the server/);
    expect(apiErrorText(t, new ApiError('x', 502, 'HTTP_ERROR'), 'en')).toMatch(/Something went wrong/);
    expect(apiErrorText(t, new TypeError('boom'), 'en')).toMatch(/Something went wrong/);
  });
});

describe('formatWait', () => {
  it('says seconds under a minute and whole minutes (rounded up) above, with plural forms', () => {
    expect(formatWait(1, 'en')).toBe('1 second');
    expect(formatWait(45, 'pt-BR')).toBe('45 segundos');
    expect(formatWait(60, 'pt-BR')).toBe('1 minuto');
    expect(formatWait(61, 'en')).toBe('2 minutes');
  });
});
