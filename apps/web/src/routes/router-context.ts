import type { SessionStore } from '../features/auth/session-store';

/** What every route's `beforeLoad` receives: the session, to guard private pages. */
export type RouterContext = {
  session: SessionStore;
};
