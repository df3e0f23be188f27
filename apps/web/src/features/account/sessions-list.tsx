import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, FormSuccess } from '../../components/form/form-alert';
import { QueryState } from '../../components/query-state';
import { formatDateTime } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useSessionStore } from '../auth/session-context';
import { useEndSession } from '../auth/use-end-session';
import { fetchSessions, revokeSession, sessionsQueryKey, type SessionInfo } from './me-api';
import { sortSessions } from './session-order';

/** Open sessions, newest use first, each revocable; revoking this one is signing out. */
export function SessionsList() {
  const { t } = useTranslation();
  const session = useSessionStore();
  const queryClient = useQueryClient();
  const endSession = useEndSession();
  const [error, setError] = useState<unknown>();
  const [revoked, setRevoked] = useState(false);
  const sessions = useQuery({
    queryKey: sessionsQueryKey,
    queryFn: ({ signal }) => fetchSessions(session, { signal }),
  });

  const run = async (action: () => Promise<void>) => {
    setError(undefined);
    setRevoked(false);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    }
  };

  const revoke = (item: SessionInfo) =>
    run(async () => {
      if (item.current) {
        await endSession({ callApi: true, notice: 'signedOut' });
        return;
      }
      await revokeSession(session, item.id);
      setRevoked(true);
      await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
    });

  const signOutEverywhere = () =>
    run(() => endSession({ callApi: true, everywhere: true, notice: 'signedOutEverywhere' }));

  return (
    <section className="account-section" aria-labelledby="sessions-heading" data-testid="sessions">
      <h2 id="sessions-heading">{t('account.security.sessions.heading')}</h2>
      <p>{t('account.security.sessions.intro')}</p>
      <FormAlert error={error} />
      <FormSuccess message={revoked ? t('account.security.sessions.revoked') : undefined} />
      <QueryState query={sessions} errorText={t('account.loadError')}>
        {(items) =>
          items.length === 0 ? (
            <p>{t('account.security.sessions.empty')}</p>
          ) : (
            <ul className="session-list">
              {sortSessions(items).map((item) => (
                <SessionItem key={item.id} item={item} onRevoke={() => void revoke(item)} />
              ))}
            </ul>
          )
        }
      </QueryState>
      <button type="button" className="button button--danger" onClick={() => void signOutEverywhere()}>
        {t('account.security.sessions.signOutEverywhere')}
      </button>
    </section>
  );
}

function SessionItem({ item, onRevoke }: { item: SessionInfo; onRevoke: () => void }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (
    <li className="session-list__item" data-testid={item.current ? 'session-current' : 'session'}>
      <p className="session-list__device">
        {item.device}
        {item.current && <span className="badge">{t('account.security.sessions.current')}</span>}
      </p>
      <dl className="session-list__facts">
        <div>
          <dt>{t('account.security.sessions.ip')}</dt>
          <dd>{item.ip ?? t('account.security.sessions.unknownIp')}</dd>
        </div>
        <div>
          <dt>{t('account.security.sessions.createdAt')}</dt>
          <dd>
            <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, language)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('account.security.sessions.lastUsedAt')}</dt>
          <dd>
            <time dateTime={item.lastUsedAt}>{formatDateTime(item.lastUsedAt, language)}</time>
          </dd>
        </div>
      </dl>
      <button
        type="button"
        className="button button--secondary"
        aria-label={t('account.security.sessions.revokeLabel', { device: item.device })}
        onClick={onRevoke}
      >
        {t('account.security.sessions.revoke')}
      </button>
    </li>
  );
}
