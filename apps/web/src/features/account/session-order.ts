import type { SessionInfo } from './me-api';

/** The current session first, then by last use, most recent first. */
export function sortSessions(items: readonly SessionInfo[]): SessionInfo[] {
  return [...items].sort((a, b) =>
    a.current !== b.current ? (a.current ? -1 : 1) : Date.parse(b.lastUsedAt) - Date.parse(a.lastUsedAt),
  );
}
