import { Readable } from 'node:stream';
import type * as ClientS3 from '@aws-sdk/client-s3';
import type * as Presigner from '@aws-sdk/s3-request-presigner';
import { attachmentDisposition } from './content-disposition.js';
import { assertSafeObjectKey } from './object-key.js';
import { maxSignedUrlSeconds, type ObjectStorage } from './object-storage.js';

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint (MinIO, a test server); unset for AWS itself. */
  endpoint?: string;
};

type S3Sdk = { s3: typeof ClientS3; presigner: typeof Presigner };
type Connection = { sdk: S3Sdk; client: ClientS3.S3Client };

let loading: Promise<S3Sdk> | undefined;

/**
 * The AWS SDK (~25 MB resident) is loaded only when S3 storage is selected: a deployment storing
 * files under DATA_DIR never pays for it. Loaded once per process; a failed load is not remembered,
 * so the next operation tries again.
 */
function loadSdk(): Promise<S3Sdk> {
  loading ??= Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]).then(
    ([s3, presigner]) => ({ s3, presigner }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function isMissing(sdk: S3Sdk, error: unknown): boolean {
  return (
    error instanceof sdk.s3.S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
  );
}

/**
 * Objects in a private S3 bucket. Credentials come from the SDK's default chain (the ECS task role
 * in production, AWS_* variables or a profile elsewhere), so no key ever sits in our configuration.
 */
export function createS3Storage(options: S3StorageOptions): ObjectStorage {
  const { bucket } = options;
  let connecting: Promise<Connection> | undefined;
  const connect = (): Promise<Connection> =>
    (connecting ??= loadSdk().then(
      (sdk) => ({
        sdk,
        client: new sdk.s3.S3Client({
          region: options.region,
          ...(options.endpoint
            ? // S3-compatible servers rarely serve virtual-hosted bucket names (bucket.host); paths work everywhere.
              { endpoint: options.endpoint, forcePathStyle: true }
            : {}),
          // Bounded waits so a readiness probe or an upload fails instead of hanging on a dead endpoint.
          requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
        }),
      }),
      (error: unknown) => {
        connecting = undefined;
        throw error;
      },
    ));
  // Loading starts now, so the first request does not wait for it; a failure here is reported by
  // that request (which loads again), not as an unhandled rejection.
  connect().catch(() => undefined);

  return {
    kind: 's3',

    async put(key, body, contentType) {
      assertSafeObjectKey(key);
      const { sdk, client } = await connect();
      await client.send(
        new sdk.s3.PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
          ContentLength: body.length,
          // Encrypted at rest even if the bucket's default encryption were ever switched off.
          ServerSideEncryption: 'AES256',
        }),
      );
    },

    async get(key) {
      assertSafeObjectKey(key);
      const { sdk, client } = await connect();
      try {
        const response = await client.send(new sdk.s3.GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!(response.Body instanceof Readable)) throw new Error('S3 returned no readable body');
        return {
          body: response.Body,
          contentType: response.ContentType ?? 'application/octet-stream',
          size: response.ContentLength ?? 0,
        };
      } catch (error) {
        if (isMissing(sdk, error)) return undefined;
        throw error;
      }
    },

    async delete(key) {
      assertSafeObjectKey(key);
      const { sdk, client } = await connect();
      // S3 answers 204 for a missing key too, so deleting twice is not an error.
      await client.send(new sdk.s3.DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async ping() {
      const { sdk, client } = await connect();
      await client.send(new sdk.s3.HeadBucketCommand({ Bucket: bucket }));
    },

    async signedUrl(key, { expiresInSeconds, fileName }) {
      assertSafeObjectKey(key);
      if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > maxSignedUrlSeconds) {
        throw new RangeError(`expiresInSeconds must be an integer from 1 to ${maxSignedUrlSeconds}`);
      }
      const { sdk, client } = await connect();
      const command = new sdk.s3.GetObjectCommand({
        Bucket: bucket,
        Key: key,
        // The browser saves the file instead of rendering it from the bucket's origin.
        ResponseContentDisposition: attachmentDisposition(fileName),
      });
      return sdk.presigner.getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },
  };
}
