import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaffErrorText } from './staff-alert';
import { useDocumentFile } from './use-document-file';

/**
 * The credential document in the page: a PDF in a frame, an image as an image, and always the
 * links to open it in a new tab or download it. The API serves the file only with the session's
 * token, so it is fetched as bytes and shown through a blob: URL.
 */
export function DocumentPreview({ documentId, applicant }: { documentId: string; applicant: string }) {
  const { t } = useTranslation();
  const errorText = useStaffErrorText();
  const [attempt, setAttempt] = useState(0);
  const file = useDocumentFile(documentId, attempt);
  const frameBlocked = useFrameBlocked();

  if (file.status === 'loading') {
    return (
      <p role="status" className="query-state">
        {t('staff.professorRequests.document.loading')}
      </p>
    );
  }
  if (file.status === 'error') {
    return (
      <div role="alert" className="form-alert">
        <p>
          {t('staff.professorRequests.document.loadError')} {errorText(file.error)}
        </p>
        <button type="button" className="button button--secondary" onClick={() => setAttempt((value) => value + 1)}>
          {t('form.retry')}
        </button>
      </div>
    );
  }

  const name = { name: applicant };
  return (
    <div className="document-preview" data-testid="document-preview">
      {file.kind === 'pdf' && (
        <>
          {frameBlocked && (
            <p className="callout callout--warning" data-testid="document-preview-blocked">
              {t('staff.professorRequests.document.blocked')}
            </p>
          )}
          <iframe
            className="document-preview__frame"
            src={file.url}
            title={t('staff.professorRequests.document.frameTitle', name)}
            hidden={frameBlocked}
            data-testid="document-frame"
          />
        </>
      )}
      {file.kind === 'image' && (
        <img
          className="document-preview__image"
          src={file.url}
          alt={t('staff.professorRequests.document.imageAlt', name)}
          data-testid="document-image"
        />
      )}
      {file.kind === undefined && <p>{t('staff.professorRequests.document.unsupported')}</p>}
      <p className="document-preview__links">
        {file.kind && (
          // No rel="noopener": browsers refuse to open a blob: URL in a tab cut off from its creator,
          // and the tab is this same origin's document anyway.
          <a href={file.url} target="_blank" data-testid="document-open">
            {t('staff.professorRequests.document.open')}
          </a>
        )}
        <a href={file.url} download={file.fileName} data-testid="document-download">
          {t('staff.professorRequests.document.download')}
        </a>
      </p>
    </div>
  );
}

/**
 * Whether the page's Content-Security-Policy refused to frame a blob: URL (the API's policy has
 * no `frame-src blob:` today). The frame would then show the browser's error page; the links
 * below it still work. Listening from the first render, before the frame exists, misses nothing.
 */
function useFrameBlocked(): boolean {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      const directive = event.effectiveDirective;
      if ((directive === 'frame-src' || directive === 'child-src') && event.blockedURI.startsWith('blob')) {
        setBlocked(true);
      }
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, []);
  return blocked;
}
