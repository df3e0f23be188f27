import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../components/form/api-error-text';
import { staffErrorKey } from './staff-error';

/** A refused staff action in words: the page's own for known refusals, the API's otherwise. */
export function useStaffErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const apiErrorText = useApiErrorText();
  return (error) => {
    const key = staffErrorKey(error);
    return key ? t(`staff.errors.${key}`) : apiErrorText(error);
  };
}

/** Like FormAlert, with the staff wording: always in the page, so the text is announced when it appears. */
export function StaffAlert({ error, testId }: { error: unknown; testId?: string }) {
  const errorText = useStaffErrorText();
  return (
    <div role="alert" className={error ? 'form-alert' : undefined} data-testid={testId}>
      {error ? errorText(error) : null}
    </div>
  );
}
