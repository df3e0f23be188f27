import type { AppContext } from '../../platform/context.js';
import type { User } from '../../platform/db/schema.js';
import { mailAccountLink, type AccountLinkKind } from '../users/mail-account-link.js';
import { findUserByEmail } from '../users/user-repository.js';

/**
 * Looks the address up and, when `wanted` says so, issues and mails the link, all after the
 * response has gone. The request itself then does the same work (rate-limit counters only) for a
 * registered and an unknown address, so neither the answer nor its timing tells them apart; the
 * caller already has its 202, so a failure here can only be logged.
 */
export function mailLinkAfterResponse(
  context: AppContext,
  email: string,
  kind: AccountLinkKind,
  wanted: (user: User) => boolean,
): void {
  const deliver = async () => {
    const user = await findUserByEmail(context.database.db, email);
    if (user && wanted(user)) await mailAccountLink(context, user, kind);
  };
  // setImmediate: the reply is serialised and written in the current turn, before any of this starts.
  setImmediate(() => {
    deliver().catch((error: unknown) => {
      context.logger.error({ err: error, purpose: kind.purpose }, 'account link could not be issued');
    });
  });
}
