import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from './form/api-error-text';

/** Loading, error with retry, or the data: the three states of a page that shows one resource. */
export function QueryState<Data>({
  query,
  errorText,
  children,
}: {
  query: UseQueryResult<Data>;
  errorText: string;
  children: (data: Data) => ReactNode;
}) {
  const { t } = useTranslation();
  const apiErrorText = useApiErrorText();
  if (query.isPending) {
    return (
      <p role="status" className="query-state">
        {t('form.loading')}
      </p>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="form-alert">
        <p>
          {errorText} {apiErrorText(query.error)}
        </p>
        <button type="button" className="button button--secondary" onClick={() => void query.refetch()}>
          {t('form.retry')}
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
