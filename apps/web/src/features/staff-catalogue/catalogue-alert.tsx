import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../components/form/api-error-text';
import { catalogueErrorKey } from './catalogue-error';

/** A refused catalogue action in words: the page's own for known refusals, the API's otherwise. */
export function useCatalogueApiErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const apiErrorText = useApiErrorText();
  return (error) => {
    const key = catalogueErrorKey(error);
    return key ? t(`staffCatalogue.errors.${key}`) : apiErrorText(error);
  };
}

/** Like FormAlert, with the catalogue's wording: always in the page, so new text is announced. */
export function CatalogueAlert({ error, testId }: { error: unknown; testId?: string }) {
  const errorText = useCatalogueApiErrorText();
  return (
    <div role="alert" className={error ? 'form-alert' : undefined} data-testid={testId}>
      {error ? errorText(error) : null}
    </div>
  );
}
