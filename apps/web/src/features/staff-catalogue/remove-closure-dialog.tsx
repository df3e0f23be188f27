import type { Closure } from '@promata/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { formatCalendarRange } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useSessionStore } from '../auth/session-context';
import { CatalogueAlert } from './catalogue-alert';
import { isStaleError } from './catalogue-error';
import { deleteClosure } from './closures-api';

/** Deleting a closure, confirmed; focus starts on "Cancel". */
export function RemoveClosureDialog({
  closure,
  scope,
  onClose,
  onStale,
  onRemoved,
}: {
  closure: Closure;
  scope: string;
  onClose: () => void;
  onStale: () => void;
  onRemoved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const dates = formatCalendarRange(closure.startsOn, closure.endsOn, language);

  return (
    <ModalDialog
      heading={t('staffCatalogue.closures.removeHeading')}
      description={<p>{t('staffCatalogue.closures.removeText', { scope, dates })}</p>}
      onClose={onClose}
      testId="remove-closure-dialog"
    >
      {(close) => {
        const confirm = async () => {
          if (busy) return;
          setBusy(true);
          setApiError(undefined);
          try {
            await deleteClosure(session, closure.id);
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
            <CatalogueAlert error={apiError} testId="remove-closure-error" />
            <div className="form-actions">
              <button type="button" className="button button--danger" aria-busy={busy} onClick={() => void confirm()}>
                {busy ? t('form.sending') : t('staffCatalogue.closures.removeConfirm')}
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
