import { useNavigate } from '@tanstack/react-router';
import { noticeStore, type NoticeKey } from '../../components/notice/notice-store';
import { ApiError } from '../../lib/api-client';
import { logout } from './auth-api';
import { useSessionStore } from './session-context';

type EndSessionOptions = {
  /** POST /auth/logout first (with `everywhere`); false when the API already ended it. */
  callApi: boolean;
  everywhere?: boolean;
  notice: NoticeKey;
};

/**
 * Leaves the account: ends the session on the API, goes to the home page with a notice, then
 * forgets the session. In that order, so private pages are left before they lose their data.
 */
export function useEndSession(): (options: EndSessionOptions) => Promise<void> {
  const session = useSessionStore();
  const navigate = useNavigate();

  return async ({ callApi, everywhere = false, notice }) => {
    if (callApi) {
      try {
        await logout(session, everywhere);
      } catch (error) {
        // 401: the session had already ended, which is what was asked.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    }
    noticeStore.show(notice, '/');
    await navigate({ to: '/' });
    session.signOut();
  };
}
