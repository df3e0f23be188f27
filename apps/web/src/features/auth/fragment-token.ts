import { tokenRequestSchema } from '@promata/contracts';
import { useEffect, useState } from 'react';

/**
 * The token of an e-mail link (`/verify-email#token=…`). It travels in the fragment, which
 * browsers never send to a server, so it stays out of access logs and Referer headers.
 */
export function readFragmentToken(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? undefined;
  return tokenRequestSchema.shape.token.safeParse(token).success ? token : undefined;
}

/**
 * Reads the token once, then removes it from the address bar and the history entry, so it is not
 * bookmarked, shared with the page's URL or left for the next user of the computer.
 */
export function useFragmentToken(): string | undefined {
  const [token] = useState(() => readFragmentToken(window.location.hash));
  useEffect(() => {
    if (window.location.hash === '') return;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }, []);
  return token;
}
