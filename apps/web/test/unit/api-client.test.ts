import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, parseRetryAfter, requestJson, requestVoid, setApiLanguageSource } from '../../src/lib/api-client';
import { z } from 'zod';

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function recordingFetch(response: () => Response) {
  return vi.fn<typeof fetch>(async () => response());
}

function sentHeaders(fetchFn: ReturnType<typeof recordingFetch>): Headers {
  return new Headers(fetchFn.mock.calls[0]?.[1]?.headers);
}

afterEach(() => setApiLanguageSource(() => undefined));

describe('requests', () => {
  it('sends the interface language, the bearer token and a JSON body', async () => {
    setApiLanguageSource(() => 'en');
    const fetchFn = recordingFetch(() => jsonResponse(200, { ok: true }));
    await requestJson('/api/v1/me', z.object({ ok: z.boolean() }), {
      method: 'PATCH',
      accessToken: 'token-1',
      body: { name: 'Ana' },
      fetchFn,
    });
    const [path, init] = fetchFn.mock.calls[0] ?? [];
    expect(path).toBe('/api/v1/me');
    expect(init?.method).toBe('PATCH');
    expect(init?.body).toBe('{"name":"Ana"}');
    expect(init?.credentials).toBe('same-origin');
    const headers = sentHeaders(fetchFn);
    expect(headers.get('accept-language')).toBe('en');
    expect(headers.get('authorization')).toBe('Bearer token-1');
    expect(headers.get('content-type')).toBe('application/json');
  });

  it('lets a per-request language win, and sends none when there is none', async () => {
    setApiLanguageSource(() => 'en');
    const withLanguage = recordingFetch(() => new Response(null, { status: 204 }));
    await requestVoid('/x', { language: 'pt-BR', fetchFn: withLanguage });
    expect(sentHeaders(withLanguage).get('accept-language')).toBe('pt-BR');

    setApiLanguageSource(() => undefined);
    const without = recordingFetch(() => new Response(null, { status: 204 }));
    await requestVoid('/x', { fetchFn: without });
    expect(sentHeaders(without).has('accept-language')).toBe(false);
    expect(sentHeaders(without).has('authorization')).toBe(false);
  });

  it('leaves the multipart content type (with its boundary) to the browser', async () => {
    const fetchFn = recordingFetch(() => jsonResponse(202, { status: 'PENDING' }));
    const body = new FormData();
    body.append('document', new Blob(['%PDF-1.7'], { type: 'application/pdf' }), 'proof.pdf');
    await requestVoid('/api/v1/me/professor-request', { method: 'POST', body, fetchFn });
    expect(fetchFn.mock.calls[0]?.[1]?.body).toBe(body);
    expect(sentHeaders(fetchFn).has('content-type')).toBe(false);
  });

  it('accepts an empty 204', async () => {
    const fetchFn = recordingFetch(() => new Response(null, { status: 204 }));
    await expect(requestVoid('/api/v1/auth/logout', { method: 'POST', body: {}, fetchFn })).resolves.toBeUndefined();
  });
});

describe('errors', () => {
  it('carry the code, the translated message, the details and Retry-After', async () => {
    const fetchFn = recordingFetch(() =>
      jsonResponse(
        429,
        { error: { code: 'RATE_LIMITED', message: 'Muitas tentativas.', details: { limit: 'login_ip' } } },
        { 'retry-after': '42' },
      ),
    );
    const error = await requestVoid('/api/v1/auth/login', { method: 'POST', body: {}, fetchFn }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      message: 'Muitas tentativas.',
      details: { limit: 'login_ip' },
      retryAfterSeconds: 42,
    });
  });

  it('of another shape are HTTP_ERROR, with Retry-After still read', async () => {
    const fetchFn = recordingFetch(() => new Response('busy', { status: 503, headers: { 'retry-after': '5' } }));
    await expect(requestVoid('/x', { fetchFn })).rejects.toMatchObject({
      status: 503,
      code: 'HTTP_ERROR',
      retryAfterSeconds: 5,
    });
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.parse('2025-01-15T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter(' 7 ', now)).toBe(7);
    expect(parseRetryAfter('Wed, 15 Jan 2025 12:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Wed, 15 Jan 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
  });
});
