import { describe, expect, it, vi } from 'vitest';
import { documentFileName, documentKind } from '../../src/features/staff/document-kind';
import { isStaleListError, staffErrorKey } from '../../src/features/staff/staff-error';
import { ApiError, dispositionFileName, requestBlob } from '../../src/lib/api-client';

const refusal = (status: number, code: string, details?: unknown) =>
  new ApiError('message from the API', status, code, { details });

describe('staffErrorKey', () => {
  it('words the generic conflicts by their reason', () => {
    expect(staffErrorKey(refusal(409, 'CONFLICT', { field: 'email', reason: 'EMAIL_TAKEN' }))).toBe('emailTaken');
    expect(staffErrorKey(refusal(409, 'CONFLICT', { reason: 'ANONYMISED' }))).toBe('erased');
    expect(staffErrorKey(refusal(409, 'CONFLICT', { reason: 'ALREADY_ANONYMISED' }))).toBe('alreadyErased');
    expect(staffErrorKey(refusal(409, 'CONFLICT', { reason: 'NO_PENDING_REQUEST' }))).toBe('alreadyDecided');
    expect(staffErrorKey(refusal(409, 'CONFLICT'))).toBeUndefined();
  });

  it('words the refusals of the management policy', () => {
    expect(staffErrorKey(refusal(403, 'FORBIDDEN', { reason: 'SELF' }))).toBe('self');
    expect(staffErrorKey(refusal(403, 'FORBIDDEN', { reason: 'ROLE' }))).toBe('roleNotAllowed');
    expect(staffErrorKey(refusal(403, 'FORBIDDEN'))).toBe('cannotManage');
    expect(staffErrorKey(refusal(404, 'NOT_FOUND'))).toBe('userGone');
  });

  it('leaves everything else to the API’s own (translated) message', () => {
    expect(staffErrorKey(refusal(403, 'MFA_SETUP_REQUIRED'))).toBeUndefined();
    expect(staffErrorKey(refusal(429, 'RATE_LIMITED'))).toBeUndefined();
    expect(staffErrorKey(new Error('boom'))).toBeUndefined();
  });

  it('tells which refusals mean the list on screen is out of date', () => {
    expect(isStaleListError(refusal(409, 'CONFLICT', { reason: 'NO_PENDING_REQUEST' }))).toBe(true);
    expect(isStaleListError(refusal(404, 'NOT_FOUND'))).toBe(true);
    expect(isStaleListError(refusal(403, 'FORBIDDEN', { reason: 'ROLE' }))).toBe(false);
  });
});

describe('documentKind', () => {
  it('previews PDFs in a frame and the three image types as images', () => {
    expect(documentKind('application/pdf')).toBe('pdf');
    expect(documentKind('Application/PDF; charset=binary')).toBe('pdf');
    for (const type of ['image/jpeg', 'image/png', 'image/webp']) expect(documentKind(type), type).toBe('image');
  });

  it('previews nothing else (a browser would run HTML or SVG)', () => {
    for (const type of ['text/html', 'image/svg+xml', 'application/octet-stream', '', 'constructor']) {
      expect(documentKind(type), type).toBeUndefined();
    }
  });

  it('names the download after the API’s suggestion, else by type', () => {
    expect(documentFileName('vinculo.pdf', 'application/pdf')).toBe('vinculo.pdf');
    expect(documentFileName(undefined, 'image/png')).toBe('document.png');
    expect(documentFileName(undefined, 'text/plain')).toBe('document');
  });
});

describe('requestBlob', () => {
  it('fetches a file with the token and returns its bytes, bare type and name', async () => {
    const fetchFn = vi.fn<typeof fetch>(
      async () =>
        new Response(new Uint8Array([37, 80, 68, 70]), {
          status: 200,
          headers: {
            'content-type': 'application/pdf; charset=binary',
            'content-disposition': 'inline; filename="vinculo.pdf"',
          },
        }),
    );
    const file = await requestBlob('/api/v1/documents/1', { accessToken: 'token-1', fetchFn });
    expect(file.contentType).toBe('application/pdf');
    expect(file.fileName).toBe('vinculo.pdf');
    expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(new Uint8Array([37, 80, 68, 70]));
    const headers = new Headers(fetchFn.mock.calls[0]?.[1]?.headers);
    expect(headers.get('authorization')).toBe('Bearer token-1');
    expect(headers.get('accept')).toBe('*/*');
  });

  it('turns a refusal into the API’s error, as JSON requests do', async () => {
    const fetchFn = vi.fn<typeof fetch>(
      async () =>
        new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'Recurso não encontrado.' } }), {
          status: 404,
          headers: { 'content-type': 'application/json' },
        }),
    );
    await expect(requestBlob('/api/v1/documents/1', { fetchFn })).rejects.toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      message: 'Recurso não encontrado.',
    });
  });

  it('reads quoted and bare file names from Content-Disposition', () => {
    expect(dispositionFileName('inline; filename="a b.pdf"')).toBe('a b.pdf');
    expect(dispositionFileName('attachment; filename=proof.png')).toBe('proof.png');
    expect(dispositionFileName('inline')).toBeUndefined();
    expect(dispositionFileName(null)).toBeUndefined();
  });
});
