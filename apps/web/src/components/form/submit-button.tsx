import { useTranslation } from 'react-i18next';

/**
 * Stays enabled while sending (a disabled button loses focus and says nothing); the form ignores
 * a second submission instead. `aria-busy` and the text tell that something is happening.
 */
export function SubmitButton({ label, busy, testId }: { label: string; busy: boolean; testId?: string }) {
  const { t } = useTranslation();
  return (
    <button type="submit" className="button" aria-busy={busy} data-testid={testId}>
      {busy ? t('form.sending') : label}
    </button>
  );
}
