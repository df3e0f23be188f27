import type { Locale } from '@promata/contracts';
import { accountDeleted } from './templates/account-deleted.js';
import { bookingPriceAdjusted } from './templates/booking-price-adjusted.js';
import { bookingReminder } from './templates/booking-reminder.js';
import { bookingStaffAlert } from './templates/booking-staff-alert.js';
import { bookingUpdated } from './templates/booking-updated.js';
import { invitation } from './templates/invitation.js';
import { renderLayout } from './templates/layout.js';
import type { LocalizedTemplate, RenderedMail, TemplateData, TemplateName } from './templates/mail-content.js';
import { passwordChanged } from './templates/password-changed.js';
import { professorApproved } from './templates/professor-approved.js';
import { professorRejected } from './templates/professor-rejected.js';
import { professorRequestReceived } from './templates/professor-request-received.js';
import { resetPassword } from './templates/reset-password.js';
import { signUpExistingAccount } from './templates/sign-up-existing-account.js';
import { verifyEmail } from './templates/verify-email.js';

/** Every template by name; the mapped type makes a missing or misspelt one a compile error. */
export const templates: { [T in TemplateName]: LocalizedTemplate<T> } = {
  'verify-email': verifyEmail,
  'reset-password': resetPassword,
  invitation,
  'sign-up-existing-account': signUpExistingAccount,
  'password-changed': passwordChanged,
  'professor-request-received': professorRequestReceived,
  'professor-approved': professorApproved,
  'professor-rejected': professorRejected,
  'account-deleted': accountDeleted,
  'booking-updated': bookingUpdated,
  'booking-staff-alert': bookingStaffAlert,
  'booking-reminder': bookingReminder,
  'booking-price-adjusted': bookingPriceAdjusted,
};

/** A template name with its data, written so TypeScript keeps the two correlated through the lookup. */
type RenderRequest<T extends TemplateName> = { [K in T]: { template: K; data: TemplateData<K>; locale: Locale } }[T];

/** Subject, text and HTML of one message in the recipient's locale. */
export function renderMail<T extends TemplateName>(request: RenderRequest<T>): RenderedMail {
  const template: LocalizedTemplate<T> = templates[request.template];
  return renderLayout(request.locale, template[request.locale](request.data));
}
