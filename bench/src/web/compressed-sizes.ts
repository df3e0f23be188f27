import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Sizes of a static asset as a server would send it precompressed: gzip level 9 and brotli quality
 * 11 (what `gzip -9` and `brotli` produce at build time for nginx's gzip_static / brotli_static).
 */
export function compressedSizes(body: Buffer): { rawBytes: number; gzipBytes: number; brotliBytes: number } {
  return {
    rawBytes: body.length,
    gzipBytes: gzipSync(body, { level: 9 }).length,
    brotliBytes: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}
