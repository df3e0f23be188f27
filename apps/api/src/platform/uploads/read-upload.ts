import { createHash } from 'node:crypto';
import { finished } from 'node:stream';
import type { Multipart, MultipartFile } from '@fastify/multipart';
import type { RaisedIssue } from '../i18n/field-messages.js';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.js';
import { sanitizeFileName } from './sanitize-file-name.js';
import { acceptedFileTypes, sniffFileType, sniffLength, type AcceptedFileType } from './sniff-file-type.js';

export type Upload = {
  buffer: Buffer;
  /** Decided from the bytes, never from the file name or the client's Content-Type. */
  contentType: AcceptedFileType;
  size: number;
  /** Hex SHA-256 of the bytes: for deduplication and integrity checks. */
  sha256: string;
  /** The client's file name, sanitised (sanitize-file-name.ts); for display and downloads only. */
  originalName: string;
  /** The text fields sent beside the file (few and short: register-multipart.ts). */
  fields: Record<string, string>;
};

export type ReadUploadOptions = {
  /** Name of the one file field the form must carry. */
  fieldName: string;
  /** Largest accepted file; config UPLOAD_MAX_BYTES or less. */
  maxBytes: number;
  /** Types this route takes (images only for gallery pictures); all accepted types by default. */
  accept?: readonly AcceptedFileType[];
};

const invalid = (issue: RaisedIssue) => new AppError(400, 'VALIDATION_FAILED', { issues: [issue] });

/** What a parser failure means for the client: limits and malformed bodies are its own doing. */
function parserRefusal(error: unknown): AppError {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'FST_FILES_LIMIT') {
    return invalid({ path: 'body', code: 'too_many_files' });
  }
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
    return invalid({ path: 'body', code: 'too_many_fields' });
  }
  return invalid({ path: 'body', code: 'malformed' });
}

/**
 * Reads a file stream chunk by chunk, handing each to `inspect`, which may refuse the file. A
 * refusal answers at once (the client learns about a 10 MB disguised file after its first bytes)
 * while the rest of the stream is drained and dropped: destroying it instead would leave the
 * request body half-read and the connection stuck until it times out.
 *
 * The parser runs ahead of us (it may have cut, ended or failed the stream before we get to it),
 * so the stream's state is checked first and `finished` covers ends and errors already past.
 */
function consume(
  stream: MultipartFile['file'],
  inspect: (chunk: Buffer) => AppError | undefined,
  tooLarge: () => AppError,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      stream.off('data', onData).off('limit', onLimit);
      stopWatching();
      if (error === undefined) return resolve();
      stream.on('error', () => {});
      if (!stream.destroyed) stream.resume();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      const refusal = inspect(chunk);
      if (refusal) settle(refusal);
    };
    // Emitted as soon as the parser cuts the file at the size limit, long before the client has
    // finished sending the rest: waiting for the end would mean receiving the whole oversized body.
    const onLimit = () => settle(tooLarge());
    const stopWatching = finished(stream, (error) =>
      settle(error ? parserRefusal(error) : stream.truncated ? tooLarge() : undefined),
    );
    if (stream.truncated) return settle(tooLarge());
    stream.on('data', onData).once('limit', onLimit);
  });
}

async function readFile(part: MultipartFile, options: ReadUploadOptions): Promise<Omit<Upload, 'fields'>> {
  const accepted = options.accept ?? acceptedFileTypes;
  const unsupported = () => new AppError(415, 'UNSUPPORTED_FILE_TYPE', { accepted });
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let size = 0;
  let type: AcceptedFileType | undefined;

  const decide = (head: Buffer): AppError | undefined => {
    const sniffed = sniffFileType(head);
    if (sniffed === undefined || !accepted.includes(sniffed)) return unsupported();
    type = sniffed;
    return undefined;
  };

  await consume(
    part.file,
    (chunk) => {
      size += chunk.length;
      // The parser already stops at fileSize; this keeps maxBytes true whatever the plugin's limits.
      if (size > options.maxBytes) return new AppError(413, 'PAYLOAD_TOO_LARGE', { maxBytes: options.maxBytes });
      chunks.push(chunk);
      hash.update(chunk);
      if (type === undefined && size >= sniffLength) return decide(Buffer.concat(chunks));
      return undefined;
    },
    () => new AppError(413, 'PAYLOAD_TOO_LARGE', { maxBytes: options.maxBytes }),
  );

  if (size === 0) {
    // Browsers send an empty file part when no file was chosen.
    throw invalid({ path: `body.${options.fieldName}`, code: 'required' });
  }
  const buffer = Buffer.concat(chunks, size);
  if (type === undefined) {
    const refusal = decide(buffer);
    if (refusal) throw refusal;
  }
  const contentType = type as AcceptedFileType;
  return {
    buffer,
    contentType,
    size,
    sha256: hash.digest('hex'),
    originalName: sanitizeFileName(part.filename, contentType),
  };
}

/**
 * Reads the one file of a multipart request (see registerMultipart), refusing with the API's
 * errors: 415 UNSUPPORTED_MEDIA_TYPE when the body is not multipart, 400 VALIDATION_FAILED when
 * the file is missing, another file field is present or the form is malformed, 413
 * PAYLOAD_TOO_LARGE past `maxBytes` (detected while streaming: at most `maxBytes` is ever held),
 * 415 UNSUPPORTED_FILE_TYPE when the bytes are not an accepted type.
 */
export async function readUpload(request: FastifyRequest, options: ReadUploadOptions): Promise<Upload> {
  if (typeof request.isMultipart !== 'function') {
    throw new Error('readUpload needs registerMultipart(app) to have been called');
  }
  if (!request.isMultipart()) {
    throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart/form-data' });
  }

  const fields = new Map<string, string>();
  let file: Omit<Upload, 'fields'> | undefined;
  const parts = request.parts({ limits: { fileSize: options.maxBytes } });
  while (true) {
    let next: IteratorResult<Multipart>;
    try {
      next = await parts.next();
    } catch (error) {
      throw parserRefusal(error);
    }
    if (next.done) break;
    const part = next.value;

    if (part.type === 'file') {
      if (part.fieldname !== options.fieldName || file !== undefined) {
        part.file.resume();
        throw invalid({ path: `body.${part.fieldname}`, code: 'unexpected_file' });
      }
      file = await readFile(part, options);
      continue;
    }

    if (part.fieldnameTruncated || part.valueTruncated || fields.has(part.fieldname)) {
      throw invalid({ path: `body.${part.fieldname}`, code: 'invalid_field' });
    }
    fields.set(part.fieldname, typeof part.value === 'string' ? part.value : JSON.stringify(part.value));
  }

  if (file === undefined) {
    throw invalid({ path: `body.${options.fieldName}`, code: 'required' });
  }
  return { ...file, fields: Object.fromEntries(fields) };
}
