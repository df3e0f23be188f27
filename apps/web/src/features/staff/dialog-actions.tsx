import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../components/form/submit-button';

/**
 * The foot of a staff dialog's form: submit, then cancel. `cancelFirst` puts the first focus on
 * Cancel (ModalDialog's `data-autofocus`), for actions that cannot be undone.
 */
export function DialogActions({
  label,
  busy,
  testId,
  danger = false,
  cancelFirst = false,
  onCancel,
}: {
  label: string;
  busy: boolean;
  testId?: string;
  danger?: boolean;
  cancelFirst?: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <SubmitButton label={label} busy={busy} danger={danger} {...(testId ? { testId } : {})} />
      <button
        type="button"
        className="button button--secondary"
        onClick={onCancel}
        {...(cancelFirst ? { 'data-autofocus': true } : {})}
      >
        {t('staff.cancel')}
      </button>
    </div>
  );
}
