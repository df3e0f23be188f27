import { useTranslation } from 'react-i18next';

/**
 * Previous and next page of a list, with "Page 2 of 5" between them; nothing when one page fits.
 * At either end the button stays focusable (aria-disabled, not disabled): reaching the last page
 * must not drop the keyboard focus of the person who just pressed "Next".
 */
export function Pagination({
  page,
  pages,
  onPage,
  testId,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (pages <= 1 && page <= 1) return null;
  const hasPrevious = page > 1;
  const hasNext = page < pages;
  return (
    <nav className="pagination" aria-label={t('pagination.label')} data-testid={testId}>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={!hasPrevious}
        onClick={() => hasPrevious && onPage(Math.min(page - 1, pages))}
      >
        {t('pagination.previous')}
      </button>
      <span className="pagination__current">{t('pagination.page', { page, pages: Math.max(page, pages) })}</span>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={!hasNext}
        onClick={() => hasNext && onPage(page + 1)}
      >
        {t('pagination.next')}
      </button>
    </nav>
  );
}
