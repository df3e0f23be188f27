import { useEffect, useState } from 'react';
import { useSessionStore } from '../auth/session-context';
import { fetchImageFile } from './experiences-api';

export type PrivateImageState = { status: 'loading' } | { status: 'error' } | { status: 'ready'; src: string };

/**
 * A picture fetched with the session's token and shown through a blob: URL, revoked when the
 * component goes away: pictures of inactive experiences are for staff only, and an `<img src>`
 * cannot send the Authorization header. Key the caller by URL: the state starts over for each.
 */
export function usePrivateImage(url: string): PrivateImageState {
  const session = useSessionStore();
  const [state, setState] = useState<PrivateImageState>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    let src: string | undefined;
    fetchImageFile(session, url, { signal: controller.signal }).then(
      ({ blob }) => {
        if (controller.signal.aborted) return;
        // Always typed as WebP, what the API serves, whatever the response said.
        src = URL.createObjectURL(blob.slice(0, blob.size, 'image/webp'));
        setState({ status: 'ready', src });
      },
      () => {
        if (!controller.signal.aborted) setState({ status: 'error' });
      },
    );
    return () => {
      controller.abort();
      if (src) URL.revokeObjectURL(src);
    };
  }, [session, url]);

  return state;
}
