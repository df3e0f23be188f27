/**
 * One segment of an object key: starts with a letter or digit, then letters, digits, `.`, `_`, `-`.
 * This refuses `.`/`..`, empty segments (`a//b`, a leading or trailing `/`), absolute paths,
 * backslashes, control characters and `~`, which local storage keeps for its own sidecar and
 * temporary files so no key can ever name one of them.
 */
const segmentPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const maxKeyLength = 512;

/**
 * Keys are chosen by the application (`documents/<uuid>`), never taken from a request; this check
 * is the last line of defence if one ever is, and it is the same for every storage so a key that
 * works on local disk works on S3 and the reverse.
 */
export function assertSafeObjectKey(key: string): void {
  const segments = key.split('/');
  if (key.length === 0 || key.length > maxKeyLength || !segments.every((segment) => segmentPattern.test(segment))) {
    throw new Error(`Invalid object key ${JSON.stringify(key.slice(0, 80))}: expected segments like documents/<id>`);
  }
}
