import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/**
 * Previous and next page as links, not buttons: each page of results has its own address, which
 * can be opened in a new tab, bookmarked or shared. At either end the link is replaced by plain
 * text, so nothing looks clickable that is not. Nothing at all when one page holds everything.
 */
export function CataloguePagination({ page, pages }: { page: number; pages: number }) {
  const { t } = useTranslation();
  if (pages <= 1 && page <= 1) return null;
  // Past the last page (an old link, a catalogue that shrank), "previous" leads to the last one.
  const previous = page > 1 ? Math.min(page - 1, Math.max(pages, 1)) : undefined;
  const next = page < pages ? page + 1 : undefined;
  return (
    <nav className="pagination catalogue-pagination" aria-label={t('catalogue.pagination.label')}>
      {previous !== undefined ? (
        <Link
          from="/experiences"
          to="/experiences"
          search={(current) => ({ ...current, page: previous > 1 ? previous : undefined })}
          className="button button--secondary"
          rel="prev"
        >
          {t('catalogue.pagination.previous')}
        </Link>
      ) : (
        <span className="pagination__end" aria-hidden="true" />
      )}
      <span className="pagination__current">
        {t('catalogue.pagination.page', { page, pages: Math.max(page, pages) })}
      </span>
      {next !== undefined ? (
        <Link
          from="/experiences"
          to="/experiences"
          search={(current) => ({ ...current, page: next })}
          className="button button--secondary"
          rel="next"
        >
          {t('catalogue.pagination.next')}
        </Link>
      ) : (
        <span className="pagination__end" aria-hidden="true" />
      )}
    </nav>
  );
}
