import { Link } from '@tanstack/react-router';
import { useConsoleTranslation } from '../staff-dashboard/use-console-translation';

/** The audit trail of one account, from its row in the users table. */
export function UserHistoryLink({ user }: { user: { id: string; name: string } }) {
  const { t } = useConsoleTranslation();
  return (
    <Link
      className="button button--secondary button--compact"
      to="/staff/audit"
      search={{ targetType: 'user', targetId: user.id }}
      aria-label={t('audit.userHistory', { name: user.name })}
      data-testid="user-history-link"
    >
      {t('audit.historyLink')}
    </Link>
  );
}
