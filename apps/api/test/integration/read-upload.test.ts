import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../../src/platform/http/error-handler.js';
import { readUpload } from '../../src/platform/uploads/read-upload.js';
import { registerMultipart } from '../../src/platform/uploads/register-multipart.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/uploads/${name}`, import.meta.url));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const maxBytes = 4096;
const smallMaxBytes = 1024;

type FilePart = { field: string; bytes: Buffer; name: string; type?: string };

/** A real multipart/form-data body, encoded by Node's own FormData (as a browser would send it). */
async function multipart(parts: (FilePart | { field: string; value: string })[]) {
  const form = new FormData();
  for (const part of parts) {
    if ('value' in part) form.append(part.field, part.value);
    else form.append(part.field, new Blob([part.bytes], { type: part.type ?? 'application/octet-stream' }), part.name);
  }
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { 'content-type': request.headers.get('content-type') ?? '' },
  };
}

/** A PDF of exactly `size` bytes: a real header, then filler. */
const pdfOfSize = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);

describe('readUpload', () => {
  let app: FastifyInstance;
  let baseUrl: string;
  /** Bytes the route saw, per request: proves nothing past the limit was ever held. */
  const received: number[] = [];

  beforeAll(async () => {
    app = Fastify({ logger: false });
    registerErrorHandling(app);
    await registerMultipart(app, { maxBytes });
    app.post('/upload', async (request) => {
      const upload = await readUpload(request, { fieldName: 'document', maxBytes });
      received.push(upload.buffer.length);
      const { buffer: _buffer, ...rest } = upload;
      return rest;
    });
    app.post('/small', async (request) => {
      const { buffer: _buffer, ...rest } = await readUpload(request, {
        fieldName: 'document',
        maxBytes: smallMaxBytes,
      });
      return rest;
    });
    app.post('/images', async (request) => {
      const { buffer: _buffer, ...rest } = await readUpload(request, {
        fieldName: 'image',
        maxBytes,
        accept: ['image/jpeg', 'image/png', 'image/webp'],
      });
      return rest;
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());

  const post = async (url: string, parts: Parameters<typeof multipart>[0]) =>
    app.inject({ method: 'POST', url, ...(await multipart(parts)) });

  it('accepts a real PDF and reports its type, size, hash and name', async () => {
    const pdf = fixture('tiny.pdf');
    const response = await post('/upload', [
      { field: 'kind', value: 'payment-proof' },
      { field: 'document', bytes: pdf, name: 'Comprovante março.pdf', type: 'application/pdf' },
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: sha256(pdf),
      originalName: 'Comprovante março.pdf',
      fields: { kind: 'payment-proof' },
    });
  });

  it.each([
    ['tiny.png', 'image/png'],
    ['tiny.jpg', 'image/jpeg'],
    ['tiny.webp', 'image/webp'],
  ])('accepts a real %s as %s, whatever the client claims', async (name, type) => {
    const response = await post('/upload', [
      { field: 'document', bytes: fixture(name), name, type: 'application/octet-stream' },
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ contentType: type, size: fixture(name).length });
  });

  it('goes by the bytes: a PDF named .png and sent as image/png is a PDF, and named so', async () => {
    const response = await post('/upload', [
      { field: 'document', bytes: fixture('tiny.pdf'), name: '../../photo.png', type: 'image/png' },
    ]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ contentType: 'application/pdf', originalName: 'photo.png.pdf' });
  });

  it('accepts a file of exactly maxBytes', async () => {
    const response = await post('/upload', [{ field: 'document', bytes: pdfOfSize(maxBytes), name: 'a.pdf' }]);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ size: maxBytes });
  });

  it('refuses one byte more with 413 PAYLOAD_TOO_LARGE in the API error shape', async () => {
    const response = await post('/upload', [{ field: 'document', bytes: pdfOfSize(maxBytes + 1), name: 'a.pdf' }]);
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json();
    expect(body).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: expect.any(String), details: { maxBytes } },
    });
    expect(body.error.message.length).toBeGreaterThan(0);
  });

  it('applies a route limit smaller than the multipart ceiling', async () => {
    const response = await post('/small', [{ field: 'document', bytes: pdfOfSize(smallMaxBytes + 1), name: 'a.pdf' }]);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.details).toEqual({ maxBytes: smallMaxBytes });
  });

  it('answers 413 while an oversized upload is still arriving, holding no more than the limit', async () => {
    const boundary = 'promata-test-boundary';
    const request = http.request(`${baseUrl}/upload`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      request.once('error', reject);
      request.once('response', (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.once('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
    });
    request.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="big.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    );
    // Far past the limit, and the body is never finished: only an answer given mid-stream arrives.
    request.write(pdfOfSize(maxBytes + 256 * 1024));
    const before = received.length;
    const started = Date.now();
    const answer = await answered;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(request.writableEnded).toBe(false);
    request.destroy();
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(received.length).toBe(before);
  });

  it('refuses a disguised file after its first bytes, before the upload is over', async () => {
    const boundary = 'promata-test-boundary';
    const request = http.request(`${baseUrl}/upload`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    const status = new Promise<number>((resolve, reject) => {
      request.once('error', reject);
      request.once('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
    });
    request.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="document"; filename="invoice.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
    );
    request.write(Buffer.concat([fixture('page.html'), Buffer.alloc(2048, 0x20)]));
    expect(await status).toBe(415);
    expect(request.writableEnded).toBe(false);
    request.destroy();
  });

  it('keeps the connection usable after refusing an oversized upload', async () => {
    const big = await multipart([{ field: 'document', bytes: pdfOfSize(maxBytes * 50), name: 'big.pdf' }]);
    const refused = await fetch(`${baseUrl}/upload`, { method: 'POST', body: big.payload, headers: big.headers });
    expect(refused.status).toBe(413);
    await refused.arrayBuffer();
    const ok = await multipart([{ field: 'document', bytes: fixture('tiny.png'), name: 'a.png' }]);
    const accepted = await fetch(`${baseUrl}/upload`, { method: 'POST', body: ok.payload, headers: ok.headers });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ contentType: 'image/png' });
  });

  it.each([
    ['an HTML page named .pdf and sent as application/pdf', fixture('page.html'), 'invoice.pdf', 'application/pdf'],
    ['an SVG image', fixture('icon.svg'), 'icon.svg', 'image/svg+xml'],
    ['a GIF image', fixture('tiny.gif'), 'tiny.gif', 'image/gif'],
    [
      'a polyglot starting with <html then %PDF',
      Buffer.concat([Buffer.from('<html>'), fixture('tiny.pdf')]),
      'doc.pdf',
      'application/pdf',
    ],
  ])('refuses %s with 415 UNSUPPORTED_FILE_TYPE', async (_label, bytes, name, type) => {
    const response = await post('/upload', [{ field: 'document', bytes, name, type }]);
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({
      error: {
        code: 'UNSUPPORTED_FILE_TYPE',
        message: expect.any(String),
        details: { accepted: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] },
      },
    });
  });

  it('refuses a type the route does not take (a PDF as a gallery image)', async () => {
    const response = await post('/images', [{ field: 'image', bytes: fixture('tiny.pdf'), name: 'a.pdf' }]);
    expect(response.statusCode).toBe(415);
    expect(response.json().error.details).toEqual({ accepted: ['image/jpeg', 'image/png', 'image/webp'] });
    const image = await post('/images', [{ field: 'image', bytes: fixture('tiny.webp'), name: 'a.webp' }]);
    expect(image.statusCode).toBe(200);
  });

  it.each([
    ['no file at all', [{ field: 'kind', value: 'payment-proof' }], 'body.document', 'required'],
    ['the file under another name', [{ field: 'other', bytes: fixture('tiny.pdf'), name: 'a.pdf' }], 'body.other'],
    [
      'a second file',
      [
        { field: 'document', bytes: fixture('tiny.pdf'), name: 'a.pdf' },
        { field: 'document', bytes: fixture('tiny.png'), name: 'b.png' },
      ],
      'body',
      'too_many_files',
    ],
    ['an empty file (no file chosen)', [{ field: 'document', bytes: Buffer.alloc(0), name: '' }], 'body.document'],
    ['a text field where the file should be', [{ field: 'document', value: '%PDF-1.4' }], 'body.document'],
  ] as const)('answers 400 VALIDATION_FAILED for %s', async (_label, parts, path, code?: string) => {
    const response = await post('/upload', [...parts]);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(typeof body.error.message).toBe('string');
    expect(body.error.details.issues[0].path).toBe(path);
    if (code) expect(body.error.details.issues[0].code).toBe(code);
  });

  it('answers 400 for a text field longer than allowed', async () => {
    const response = await post('/upload', [
      { field: 'note', value: 'x'.repeat(5000) },
      { field: 'document', bytes: fixture('tiny.pdf'), name: 'a.pdf' },
    ]);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.issues[0]).toMatchObject({ path: 'body.note', code: 'invalid_field' });
  });

  it('answers 415 UNSUPPORTED_MEDIA_TYPE for a JSON body', async () => {
    const response = await app.inject({ method: 'POST', url: '/upload', payload: { document: 'JVBERi0xLjQ=' } });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toEqual({
      error: {
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: expect.any(String),
        details: { expected: 'multipart/form-data' },
      },
    });
  });

  it('answers 400 for a truncated multipart body', async () => {
    const { payload, headers } = await multipart([{ field: 'document', bytes: fixture('tiny.pdf'), name: 'a.pdf' }]);
    const response = await app.inject({ method: 'POST', url: '/upload', payload: payload.subarray(0, 200), headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers in the language the client asks for', async () => {
    const { payload, headers } = await multipart([{ field: 'document', bytes: fixture('tiny.gif'), name: 'a.gif' }]);
    const response = await app.inject({
      method: 'POST',
      url: '/upload',
      payload,
      headers: { ...headers, 'accept-language': 'pt-BR' },
    });
    expect(response.json().error.message).toMatch(/Tipo de arquivo não aceito/);
  });
});
