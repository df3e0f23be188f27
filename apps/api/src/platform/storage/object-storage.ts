import type { Readable } from 'node:stream';

export type StoredObject = { body: Readable; contentType: string; size: number };

export type SignedUrlOptions = {
  /** How long the URL works, 1 to `maxSignedUrlSeconds`. */
  expiresInSeconds: number;
  /** Name the browser saves the file under (sent as an attachment disposition). */
  fileName: string;
};

/** Signed URLs are bearer credentials: they must stay short-lived. */
export const maxSignedUrlSeconds = 900;

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
  /**
   * A short-lived URL from which a browser downloads the object directly, after the API has
   * checked who may see it; undefined when the storage cannot issue one (local disk): the API
   * then streams the object itself.
   */
  signedUrl(key: string, options: SignedUrlOptions): Promise<string | undefined>;
};
