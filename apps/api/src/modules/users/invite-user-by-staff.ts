import type { Locale, Role } from '@promata/contracts';
import { assignableRoles, type Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import type { User } from '../../platform/db/schema.js';
import { forbidden } from '../../platform/http/app-error.js';
import { sendInBackground } from '../../platform/mail/mailer.js';
import { inviteUser } from './invite-user.js';

/** Staff invite someone by e-mail with a role they may give; the person sets their own password. */
export async function inviteUserByStaff(
  context: AppContext,
  actor: Actor,
  input: { email: string; name: string; role: Role; locale: Locale },
): Promise<User> {
  if (!assignableRoles(actor).includes(input.role)) throw forbidden({ reason: 'ROLE' });
  const invitation = await inviteUser(context.database.db, input, {
    publicUrl: context.config.PUBLIC_URL,
    actorId: actor.userId,
  });
  sendInBackground(context.mailer, context.logger, {
    to: invitation.user.email,
    locale: invitation.user.locale,
    template: 'invitation',
    data: { name: invitation.user.name, url: invitation.setPasswordUrl, role: invitation.user.role },
  });
  return invitation.user;
}
