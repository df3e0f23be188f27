import path from 'node:path';
import { createLocalStorage } from './local-storage.js';
import type { ObjectStorage } from './object-storage.js';
import { createS3Storage } from './s3-storage.js';

export type ObjectStorageConfig = { S3_BUCKET?: string; S3_REGION: string; S3_ENDPOINT?: string; DATA_DIR: string };

/** S3 when a bucket is configured (production), otherwise files under DATA_DIR/files (laptop, dev). */
export function createObjectStorage(config: ObjectStorageConfig): ObjectStorage {
  if (config.S3_BUCKET) {
    return createS3Storage({ bucket: config.S3_BUCKET, region: config.S3_REGION, endpoint: config.S3_ENDPOINT });
  }
  return createLocalStorage(path.join(config.DATA_DIR, 'files'));
}
