import { useEffect, useState } from 'react';
import { useSessionStore } from '../auth/session-context';
import { documentFileName, documentKind, type DocumentKind } from './document-kind';
import { fetchDocument } from './staff-api';

export type DocumentFile =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; url: string; kind: DocumentKind | undefined; fileName: string };

/**
 * A private document fetched with the session's token and offered to the page as a blob: URL,
 * revoked when the component goes away (or shows another document), so the bytes do not stay in
 * memory. Key the caller by document id: the state starts over for each one.
 */
export function useDocumentFile(documentId: string, attempt: number): DocumentFile {
  const session = useSessionStore();
  const [file, setFile] = useState<DocumentFile>({ status: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    let url: string | undefined;
    fetchDocument(session, documentId, { signal: controller.signal }).then(
      ({ blob, contentType, fileName }) => {
        if (controller.signal.aborted) return;
        const kind = documentKind(contentType);
        // The blob gets the type of the preview chosen from the allowed list, never one from the
        // response alone: a file the browser would run (HTML, SVG) can never be previewed here.
        const allowed = kind
          ? blob.slice(0, blob.size, contentType)
          : blob.slice(0, blob.size, 'application/octet-stream');
        url = URL.createObjectURL(allowed);
        setFile({ status: 'ready', url, kind, fileName: documentFileName(fileName, contentType) });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setFile({ status: 'error', error });
      },
    );
    return () => {
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [session, documentId, attempt]);

  return file;
}
