import { useEffect, useState } from 'react';
import { loadImage } from './crop-image';
import type { Size } from './crop-rect';

export type LoadedImage =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; image: HTMLImageElement; url: string; size: Size };

/**
 * A chosen file decoded by the browser, to show and crop it: `error` when the browser cannot read
 * it as a picture. Its blob: URL is revoked when the file changes or the component goes away.
 */
export function useLoadedImage(file: File | undefined): LoadedImage {
  const [state, setState] = useState<{ file: File | undefined; loaded: LoadedImage }>({
    file,
    loaded: { status: file ? 'loading' : 'none' },
  });
  // Another file: start over at once (adjusting state while rendering, not in an effect).
  if (state.file !== file) setState({ file, loaded: { status: file ? 'loading' : 'none' } });

  useEffect(() => {
    if (!file) return;
    let cancelled = false;
    let url: string | undefined;
    loadImage(file).then(
      (loaded) => {
        if (cancelled) {
          URL.revokeObjectURL(loaded.url);
          return;
        }
        url = loaded.url;
        const size = { width: loaded.image.naturalWidth, height: loaded.image.naturalHeight };
        setState({ file, loaded: { status: 'ready', image: loaded.image, url: loaded.url, size } });
      },
      () => {
        if (!cancelled) setState({ file, loaded: { status: 'error' } });
      },
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [file]);

  return state.file === file ? state.loaded : { status: file ? 'loading' : 'none' };
}
