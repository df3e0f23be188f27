import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session-context';

/**
 * The booking call to action. Bookings arrive with the next release: visitors are invited to sign
 * in (and come back here), signed-in people see the button disabled with the reason next to it.
 */
export function BookAction({ experienceId }: { experienceId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  // Nothing while the session is restored: "sign in" flashing before the button would mislead.
  if (session.status === 'restoring') return <div className="book-action" aria-hidden="true" />;

  if (session.status === 'anonymous') {
    return (
      <div className="book-action">
        <Link
          to="/login"
          search={{ redirect: `/experiences/${experienceId}` }}
          className="button"
          data-testid="book-sign-in"
        >
          {t('catalogue.detail.book.signIn')}
        </Link>
        <p className="book-action__note">{t('catalogue.detail.book.soon')}</p>
      </div>
    );
  }

  return (
    <div className="book-action">
      <button type="button" className="button" disabled aria-describedby="book-soon" data-testid="book-button">
        {t('catalogue.detail.book.button')}
      </button>
      <p className="book-action__note" id="book-soon">
        {t('catalogue.detail.book.soon')}
      </p>
    </div>
  );
}
