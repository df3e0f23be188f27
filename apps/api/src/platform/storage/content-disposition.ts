/**
 * A `Content-Disposition: attachment` value for a download: the browser saves the file under this
 * name instead of rendering it on our origin. Gives an ASCII `filename` for old clients and the
 * exact UTF-8 name as `filename*` (RFC 6266 / RFC 8187), so no quote, backslash, newline or
 * non-ASCII character ever reaches the header unescaped.
 */
export function attachmentDisposition(fileName: string): string {
  const asciiFallback =
    fileName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]|["\\%]/g, '_')
      .trim() || 'download';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}
