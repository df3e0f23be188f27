import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { attachmentDisposition } from './content-disposition.js';
import { assertSafeObjectKey } from './object-key.js';
import { maxSignedUrlSeconds, type ObjectStorage } from './object-storage.js';

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** An S3-compatible endpoint (MinIO, a test server); unset for AWS itself. */
  endpoint?: string;
};

function isMissing(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
  );
}

/**
 * Objects in a private S3 bucket. Credentials come from the SDK's default chain (the ECS task role
 * in production, AWS_* variables or a profile elsewhere), so no key ever sits in our configuration.
 */
export function createS3Storage(options: S3StorageOptions): ObjectStorage {
  const { bucket } = options;
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint
      ? // S3-compatible servers rarely serve virtual-hosted bucket names (bucket.host); paths work everywhere.
        { endpoint: options.endpoint, forcePathStyle: true }
      : {}),
    // Bounded waits so a readiness probe or an upload fails instead of hanging on a dead endpoint.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  });

  return {
    kind: 's3',

    async put(key, body, contentType) {
      assertSafeObjectKey(key);
      await client.send(
        new PutObjectCommand({
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
      try {
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!(response.Body instanceof Readable)) throw new Error('S3 returned no readable body');
        return {
          body: response.Body,
          contentType: response.ContentType ?? 'application/octet-stream',
          size: response.ContentLength ?? 0,
        };
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },

    async delete(key) {
      assertSafeObjectKey(key);
      // S3 answers 204 for a missing key too, so deleting twice is not an error.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async ping() {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
    },

    async signedUrl(key, { expiresInSeconds, fileName }) {
      assertSafeObjectKey(key);
      if (!Number.isInteger(expiresInSeconds) || expiresInSeconds < 1 || expiresInSeconds > maxSignedUrlSeconds) {
        throw new RangeError(`expiresInSeconds must be an integer from 1 to ${maxSignedUrlSeconds}`);
      }
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        // The browser saves the file instead of rendering it from the bucket's origin.
        ResponseContentDisposition: attachmentDisposition(fileName),
      });
      return getSignedUrl(client, command, { expiresIn: expiresInSeconds });
    },
  };
}
