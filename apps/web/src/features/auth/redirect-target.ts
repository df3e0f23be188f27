/** Pages a successful login must not return to: they would show a form the user just finished. */
const authPaths = ['/login', '/sign-up', '/verify-email', '/forgot-password', '/reset-password', '/set-password'];

/** Any origin works as the base: only whether the target stays on it matters. */
const probeOrigin = 'https://promata.invalid';

/**
 * Accepts a post-login destination only when it is a path of this app (`/account?tab=1`), never
 * another site: `//evil.example`, `/\evil.example`, `https://…` and `javascript:` all resolve to
 * another origin or scheme, and browsers read `\` as `/`, so those are refused before parsing.
 * Returns the normalised path, or undefined to mean "the default page".
 */
export function sanitizeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return undefined;
  // Control characters and spaces are stripped or rejected inconsistently across browsers.
  if ([...value].some((char) => char.charCodeAt(0) <= 0x20 || char.charCodeAt(0) === 0x7f)) return undefined;
  let url: URL;
  try {
    url = new URL(value, probeOrigin);
  } catch {
    return undefined;
  }
  if (url.origin !== probeOrigin) return undefined;
  // An encoded leading slash (`/%2F%2Fevil.example`) would become `//…` if decoded by a router.
  if (/^\/(%2f|%5c)/i.test(url.pathname)) return undefined;
  if (authPaths.includes(url.pathname.replace(/\/+$/, '') || '/')) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The search of `/login` (and of `/account/mfa`, which continues a login). */
export type LoginSearch = { redirect?: string | undefined };

/**
 * Only a same-origin path survives; anything else is dropped before any page sees it. The key is
 * always returned: the router merges the raw search under the validated one, so leaving it out
 * would let the unchecked value through.
 */
export function validateLoginSearch(search: Record<string, unknown>): LoginSearch {
  return { redirect: sanitizeRedirect(search.redirect) };
}
