import { useTranslation } from 'react-i18next';

/**
 * Stays enabled while sending (a disabled button loses focus and says nothing); the form ignores
 * a second submission instead. `aria-busy` and the text tell that something is happening.
 * `danger` is for submissions that remove or refuse something.
 */
export function SubmitButton({
  label,
  busy,
  testId,
  danger = false,
}: {
  label: string;
  busy: boolean;
  testId?: string;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <button type="submit" className={danger ? 'button button--danger' : 'button'} aria-busy={busy} data-testid={testId}>
      {busy ? t('form.sending') : label}
    </button>
  );
}
