import type { Highlight } from '@promata/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useSessionStore } from '../auth/session-context';
import { CatalogueAlert } from './catalogue-alert';
import { isStaleError } from './catalogue-error';
import { deleteHighlight } from './highlights-api';
import { localized } from './localized';

/** Deleting a highlight, confirmed; focus starts on "Cancel". */
export function RemoveHighlightDialog({
  highlight,
  onClose,
  onStale,
  onRemoved,
}: {
  highlight: Highlight;
  onClose: () => void;
  onStale: () => void;
  onRemoved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  return (
    <ModalDialog
      heading={t('staffCatalogue.highlights.removeHeading', { title: localized(highlight.title, language).text })}
      description={<p>{t('staffCatalogue.highlights.removeText')}</p>}
      onClose={onClose}
      testId="remove-highlight-dialog"
    >
      {(close) => {
        const confirm = async () => {
          if (busy) return;
          setBusy(true);
          setApiError(undefined);
          try {
            await deleteHighlight(session, highlight.id);
            close();
            await onRemoved();
          } catch (error) {
            setApiError(error);
            if (isStaleError(error)) onStale();
          } finally {
            setBusy(false);
          }
        };
        return (
          <>
            <CatalogueAlert error={apiError} testId="remove-highlight-error" />
            <div className="form-actions">
              <button type="button" className="button button--danger" aria-busy={busy} onClick={() => void confirm()}>
                {busy ? t('form.sending') : t('staffCatalogue.highlights.removeConfirm')}
              </button>
              <button type="button" className="button button--secondary" data-autofocus onClick={close}>
                {t('staffCatalogue.cancel')}
              </button>
            </div>
          </>
        );
      }}
    </ModalDialog>
  );
}
