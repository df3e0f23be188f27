import type { Closure, ExperienceSummary } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { formatCalendarRange } from '../../i18n/format-calendar-date';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { ClosureForm } from './closure-form';
import type { CreatedClosure } from './closures-api';

/** Editing a closure: the creation form, filled in, in a dialog; saving closes it. */
export function ClosureEditDialog({
  closure,
  scope,
  today,
  experiences,
  onClose,
  onStale,
  onSaved,
}: {
  closure: Closure;
  scope: string;
  today: string;
  experiences: readonly ExperienceSummary[];
  onClose: () => void;
  onStale: () => void;
  onSaved: (closure: CreatedClosure) => Promise<void>;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const dates = formatCalendarRange(closure.startsOn, closure.endsOn, language);

  return (
    <ModalDialog
      heading={t('staffCatalogue.closures.editHeading')}
      description={<p>{t('staffCatalogue.closures.editText', { scope, dates })}</p>}
      onClose={onClose}
      testId="closure-edit-dialog"
    >
      {(close) => (
        <>
          <ClosureForm
            today={today}
            experiences={experiences}
            closure={closure}
            idPrefix="closure-edit"
            onStale={onStale}
            onSaved={async (saved) => {
              close();
              await onSaved(saved);
            }}
          />
          <div className="form-actions">
            <button type="button" className="button button--secondary" onClick={close}>
              {t('staffCatalogue.cancel')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
