/**
 * The real type of an upload, decided from its first bytes only: the file name and the client's
 * Content-Type are claims anyone can forge.
 *
 * Why hand-written signature checks rather than `file-type`: we accept exactly four formats with
 * fixed, well-documented signatures, so an allow-list of precise checks is short, synchronous and
 * auditable line by line. `file-type` recognises a hundred-odd formats through ordered heuristics
 * whose answers we would have to map back onto our list (it reports an animated PNG as
 * `image/apng`, for one), and a new release could move a file from one answer to another without
 * our code changing. The checks below are stricter than a bare magic number where the format allows
 * (the PNG header chunk, the WebP bitstream chunk, a real JPEG marker after SOI, a PDF version).
 *
 * Deciding the type does not make a file harmless (a PDF can carry scripts, an image can be a
 * polyglot past its header): files are stored privately and served with this type, `nosniff` and
 * an attachment disposition, never rendered on the API's own origin as HTML.
 */

export const acceptedFileTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;

export type AcceptedFileType = (typeof acceptedFileTypes)[number];

/** How many leading bytes `sniffFileType` needs to decide; fewer only when the file is shorter. */
export const sniffLength = 16;

const extensions: Record<AcceptedFileType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** The extension (without dot) to give a stored or downloaded file of this type. */
export function fileExtension(type: AcceptedFileType): string {
  return extensions[type];
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/**
 * `%PDF-<major>.<minor>` at offset 0. Readers tolerate the header anywhere in the first KiB, but we
 * do not: a file that starts as something else (`<html>…%PDF-`) is a polyglot and is refused.
 */
function isPdf(bytes: Uint8Array): boolean {
  return startsWith(bytes, ascii('%PDF-')) && isDigit(bytes[5]) && bytes[6] === 0x2e && isDigit(bytes[7]);
}

/** The 8-byte PNG signature followed by the mandatory first chunk, IHDR (length 13). */
function isPng(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) &&
    startsWith(bytes, [0x00, 0x00, 0x00, 0x0d, ...ascii('IHDR')], 8)
  );
}

/**
 * SOI (FF D8) then the start of a marker segment: FF and a marker code that may follow SOI (APPn,
 * DQT, DHT, SOFn, COM…). Restart markers, a second SOI and EOI cannot, so they are refused.
 */
function isJpeg(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0xff, 0xd8, 0xff])) return false;
  const marker = bytes[3];
  return marker !== undefined && marker >= 0xc0 && marker !== 0xff && !(marker >= 0xd0 && marker <= 0xd9);
}

/** A RIFF container of form WEBP whose first chunk is one of the three WebP bitstream chunks. */
function isWebp(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, ascii('RIFF')) &&
    startsWith(bytes, ascii('WEBP'), 8) &&
    ['VP8 ', 'VP8L', 'VP8X'].some((chunk) => startsWith(bytes, ascii(chunk), 12))
  );
}

/**
 * The accepted type of a file from its leading bytes (`sniffLength` of them are enough), or
 * undefined for anything else: other formats, SVG and HTML (scriptable), empty or truncated input.
 */
export function sniffFileType(bytes: Uint8Array): AcceptedFileType | undefined {
  if (isPdf(bytes)) return 'application/pdf';
  if (isPng(bytes)) return 'image/png';
  if (isJpeg(bytes)) return 'image/jpeg';
  if (isWebp(bytes)) return 'image/webp';
  return undefined;
}
