import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingHttpHeaders, Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

type S3rverOptions = {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  resetOnClose: boolean;
  allowMismatchedSignatures: boolean;
  vhostBuckets: boolean;
  configureBuckets: { name: string }[];
};
type S3rver = { run(): Promise<AddressInfo>; close(): Promise<void>; httpServer: Server };

// The maintained fork of s3rver ships no types; this is the part of its API the tests use.
const require = createRequire(import.meta.url);
const S3rverServer = require('@20minutes/s3rver') as new (options: S3rverOptions) => S3rver;

export type RecordedS3Request = { method: string; url: string; headers: IncomingHttpHeaders };

export type S3TestServer = {
  endpoint: string;
  bucket: string;
  /** The access key pair s3rver knows; requests signed with another key id are refused. */
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Every request received, so tests can check what the client actually sent. */
  requests: RecordedS3Request[];
  close(): Promise<void>;
};

/**
 * A real S3-compatible HTTP server (the maintained fork of s3rver, an npm devDependency) on a
 * random loopback port, storing objects in a temporary directory, with one empty bucket. Nothing
 * to install beyond `npm ci`: tests start and stop it in-process.
 */
export async function startS3TestServer(bucket = 'promata-test'): Promise<S3TestServer> {
  const directory = await mkdtemp(path.join(tmpdir(), 'promata-s3-'));
  const server = new S3rverServer({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    resetOnClose: false, // close() removes the whole directory itself
    // s3rver canonicalises two things differently from SigV4 as AWS and the SDK do it (bucket-level
    // paths lose their trailing slash; query values are not RFC 3986-encoded), so HeadBucket and
    // any presigned URL with `'()*` would be refused. It still requires a SigV4 request from a
    // known access key; the signature value itself is not compared.
    allowMismatchedSignatures: true,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const requests: RecordedS3Request[] = [];
  server.httpServer.prependListener('request', (request) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requests,
    async close() {
      server.httpServer.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
