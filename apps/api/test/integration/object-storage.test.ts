import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createObjectStorage } from '../../src/platform/storage/create-object-storage.js';
import { createLocalStorage } from '../../src/platform/storage/local-storage.js';
import type { ObjectStorage } from '../../src/platform/storage/object-storage.js';
import { createS3Storage } from '../../src/platform/storage/s3-storage.js';
import { startS3TestServer, type S3TestServer } from '../support/s3-test-server.js';

const readAll = async (body: Readable) => Buffer.concat(await body.toArray());
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const newKey = () => `documents/${randomUUID()}`;

/** Every byte value, four times over, so no encoding step (UTF-8, line endings) can go unnoticed. */
const allBytes = Buffer.from(Array.from({ length: 1024 }, (_, index) => index % 256));

const unsafeKeys = [
  '',
  '..',
  '../outside',
  'documents/../../outside',
  'documents/..',
  './documents/a',
  'documents/./a',
  // Absolute, but somewhere harmless: a broken check must not let a test overwrite a real file.
  path.join(tmpdir(), `promata-absolute-${randomUUID()}`),
  'documents\\..\\outside',
  'documents//a',
  'documents/',
  '.hidden',
  'documents/a\u0000b',
  'documents/a\nb',
  'documents/a~meta.json',
  `documents/${'a'.repeat(600)}`,
];

type Harness = { storage: ObjectStorage; teardown(): Promise<void> };

async function localHarness(): Promise<Harness & { root: string }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'promata-storage-'));
  const root = path.join(dataDir, 'files');
  return { storage: createLocalStorage(root), root, teardown: () => rm(dataDir, { recursive: true, force: true }) };
}

async function s3Harness(): Promise<Harness & { server: S3TestServer }> {
  const server = await startS3TestServer();
  // The storage takes credentials from the SDK's default chain, as in production; here, from env.
  vi.stubEnv('AWS_ACCESS_KEY_ID', server.credentials.accessKeyId);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', server.credentials.secretAccessKey);
  vi.stubEnv('AWS_SESSION_TOKEN', undefined);
  const storage = createS3Storage({ bucket: server.bucket, region: 'us-east-1', endpoint: server.endpoint });
  return {
    storage,
    server,
    async teardown() {
      await server.close();
      vi.unstubAllEnvs();
    },
  };
}

/** The same behaviour from both implementations: features are written once against the interface. */
describe.each([
  ['local', localHarness],
  ['s3', s3Harness],
] as const)('ObjectStorage contract (%s)', (kind, createHarness) => {
  let harness: Harness;
  let storage: ObjectStorage;
  beforeAll(async () => {
    harness = await createHarness();
    storage = harness.storage;
  });
  afterAll(() => harness.teardown());

  it('reports its kind and answers ping', async () => {
    expect(storage.kind).toBe(kind);
    await expect(storage.ping()).resolves.toBeUndefined();
  });

  it('returns what was put, with its content type and size', async () => {
    const key = newKey();
    const body = Buffer.from('%PDF-1.4 not really, but bytes are bytes');
    await storage.put(key, body, 'application/pdf');
    const object = await storage.get(key);
    expect(object).toBeDefined();
    expect(object?.contentType).toBe('application/pdf');
    expect(object?.size).toBe(body.length);
    expect(await readAll(object!.body)).toEqual(body);
  });

  it('answers undefined for a key that was never stored', async () => {
    expect(await storage.get(newKey())).toBeUndefined();
    expect(await storage.get(`nowhere/${randomUUID()}/deeper`)).toBeUndefined();
  });

  it('forgets a deleted object, and deleting again is not an error', async () => {
    const key = newKey();
    await storage.put(key, Buffer.from('short-lived'), 'text/plain');
    await storage.delete(key);
    expect(await storage.get(key)).toBeUndefined();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it('is binary-safe: all 256 byte values round-trip unchanged', async () => {
    const key = newKey();
    await storage.put(key, allBytes, 'application/octet-stream');
    const object = await storage.get(key);
    expect(object?.size).toBe(allBytes.length);
    expect(await readAll(object!.body)).toEqual(allBytes);
  });

  it('streams a multi-megabyte object back intact', async () => {
    const key = newKey();
    const body = randomBytes(3 * 1024 * 1024 + 7);
    await storage.put(key, body, 'image/jpeg');
    const object = await storage.get(key);
    expect(object?.size).toBe(body.length);
    expect(sha256(await readAll(object!.body))).toBe(sha256(body));
  });

  it('replaces an object put again under the same key', async () => {
    const key = newKey();
    await storage.put(key, Buffer.from('first version'), 'application/pdf');
    await storage.put(key, Buffer.from('second'), 'image/png');
    const object = await storage.get(key);
    expect(object?.contentType).toBe('image/png');
    expect(object?.size).toBe(6);
    expect((await readAll(object!.body)).toString()).toBe('second');
  });

  it('keeps an empty object', async () => {
    const key = newKey();
    await storage.put(key, Buffer.alloc(0), 'application/octet-stream');
    const object = await storage.get(key);
    expect(object?.size).toBe(0);
    expect(await readAll(object!.body)).toEqual(Buffer.alloc(0));
  });

  it.each(unsafeKeys.map((key) => [JSON.stringify(key).slice(0, 48), key]))(
    'refuses the unsafe key %s in every operation',
    async (_label, key) => {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(/Invalid object key/);
      await expect(storage.get(key)).rejects.toThrow(/Invalid object key/);
      await expect(storage.delete(key)).rejects.toThrow(/Invalid object key/);
      await expect(storage.signedUrl(key, { expiresInSeconds: 60, fileName: 'x.pdf' })).rejects.toThrow(
        /Invalid object key/,
      );
    },
  );
});

describe('local storage on disk', () => {
  let harness: Awaited<ReturnType<typeof localHarness>>;
  beforeAll(async () => {
    harness = await localHarness();
  });
  afterAll(() => harness.teardown());

  it('keeps files 0600 and directories 0700, with no temporary file left behind', async () => {
    const id = randomUUID();
    await harness.storage.put(`documents/${id}`, Buffer.from('private'), 'application/pdf');
    const mode = async (target: string) => (await stat(target)).mode & 0o777;
    expect(await mode(harness.root)).toBe(0o700);
    expect(await mode(path.join(harness.root, 'documents'))).toBe(0o700);
    expect(await mode(path.join(harness.root, 'documents', id))).toBe(0o600);
    expect(await mode(path.join(harness.root, 'documents', `${id}~meta.json`))).toBe(0o600);
    expect((await readdir(path.join(harness.root, 'documents'))).sort()).toEqual([id, `${id}~meta.json`].sort());
  });

  it('never writes outside its root, whatever the key', async () => {
    for (const key of unsafeKeys) {
      await harness.storage.put(key, Buffer.from('x'), 'text/plain').catch(() => undefined);
    }
    const parent = path.dirname(harness.root);
    expect(await readdir(parent)).toEqual(['files']);
  });

  it('does not follow a symlink planted under the root', async () => {
    const outside = path.join(path.dirname(harness.root), 'secret.txt');
    await writeFile(outside, 'outside the storage');
    await symlink(outside, path.join(harness.root, 'documents', 'planted'));
    expect(await harness.storage.get('documents/planted')).toBeUndefined();
    await rm(outside);
  });

  it('serves a download to its end even if the object is deleted meanwhile', async () => {
    const key = newKey();
    const body = randomBytes(256 * 1024);
    await harness.storage.put(key, body, 'image/png');
    const object = await harness.storage.get(key);
    await harness.storage.delete(key);
    expect(sha256(await readAll(object!.body))).toBe(sha256(body));
  });

  it('issues no signed URL: the API streams local files itself', async () => {
    await expect(harness.storage.signedUrl(newKey(), { expiresInSeconds: 60, fileName: 'a.pdf' })).resolves.toBe(
      undefined,
    );
  });
});

describe('S3 storage against an S3-compatible server', () => {
  let harness: Awaited<ReturnType<typeof s3Harness>>;
  beforeAll(async () => {
    harness = await s3Harness();
  });
  afterAll(() => harness.teardown());

  it('asks for server-side encryption and addresses the bucket by path', async () => {
    const key = newKey();
    harness.server.requests.length = 0;
    await harness.storage.put(key, Buffer.from('encrypted at rest'), 'application/pdf');
    const put = harness.server.requests.find((request) => request.method === 'PUT');
    expect(new URL(put!.url, harness.server.endpoint).pathname).toBe(`/${harness.server.bucket}/${key}`);
    expect(put?.headers['x-amz-server-side-encryption']).toBe('AES256');
    expect(put?.headers['content-type']).toBe('application/pdf');
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=S3RVER\//);
  });

  it('signs a short-lived download URL that saves the file under its name', async () => {
    const key = newKey();
    await harness.storage.put(key, allBytes, 'application/pdf');
    const url = await harness.storage.signedUrl(key, { expiresInSeconds: 300, fileName: 'Relatório "final".pdf' });
    expect(url).toBeDefined();
    const query = new URL(url!).searchParams;
    expect(query.get('X-Amz-Expires')).toBe('300');
    expect(query.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(query.get('X-Amz-Credential')).toMatch(/^S3RVER\//);

    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Relatorio _final_.pdf"; filename*=UTF-8''Relat%C3%B3rio%20%22final%22.pdf`,
    );
    expect(Buffer.from(await response.arrayBuffer())).toEqual(allBytes);
  });

  it('refuses signed URLs that would live too long', async () => {
    for (const expiresInSeconds of [0, 901, 3600, 1.5]) {
      await expect(harness.storage.signedUrl(newKey(), { expiresInSeconds, fileName: 'a.pdf' })).rejects.toThrow(
        RangeError,
      );
    }
  });

  it('fails ping for a bucket that does not exist', async () => {
    const storage = createS3Storage({
      bucket: 'no-such-bucket',
      region: 'us-east-1',
      endpoint: harness.server.endpoint,
    });
    await expect(storage.ping()).rejects.toThrow();
  });

  it('fails ping quickly when the endpoint is unreachable', async () => {
    const storage = createS3Storage({ bucket: 'any-bucket', region: 'us-east-1', endpoint: 'http://127.0.0.1:1' });
    const started = Date.now();
    await expect(storage.ping()).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('createObjectStorage', () => {
  it('stores files under DATA_DIR/files when no bucket is configured', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'promata-storage-'));
    try {
      const storage = createObjectStorage({ S3_REGION: 'us-east-1', DATA_DIR: dataDir });
      expect(storage.kind).toBe('local');
      await storage.put('documents/one', Buffer.from('x'), 'text/plain');
      expect((await stat(path.join(dataDir, 'files', 'documents', 'one'))).size).toBe(1);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('uses S3 when a bucket is configured', () => {
    const storage = createObjectStorage({
      S3_BUCKET: 'promata-files',
      S3_REGION: 'sa-east-1',
      S3_ENDPOINT: 'http://127.0.0.1:1',
      DATA_DIR: '/nonexistent',
    });
    expect(storage.kind).toBe('s3');
  });
});
