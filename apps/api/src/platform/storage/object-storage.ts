import type { Readable } from 'node:stream';

export type StoredObject = { body: Readable; contentType: string; size: number };

/**
 * Private object storage for documents and images: local disk under DATA_DIR/files by default, S3
 * in production (S3_BUCKET). Keys are opaque paths chosen by the application (never user input).
 */
export type ObjectStorage = {
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** undefined when the key does not exist. */
  get(key: string): Promise<StoredObject | undefined>;
  delete(key: string): Promise<void>;
  /** Rejects when the storage is not reachable (readiness). */
  ping(): Promise<void>;
};
