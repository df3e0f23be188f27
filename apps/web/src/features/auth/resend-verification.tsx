import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusOnMount } from '../../components/focus-on-mount';
import { resendVerification } from './auth-api';
import { EmailRequestForm } from './email-request-form';

// One per page at most (the verify-email page, or the login page after EMAIL_NOT_VERIFIED).
const headingId = 'resend-verification-heading';

/**
 * "Send the confirmation link again": the way out of an expired or used link and of a login
 * refused with EMAIL_NOT_VERIFIED. Its own form, so it can sit next to another one on a page.
 */
export function ResendVerification({ defaultEmail }: { defaultEmail?: string | undefined }) {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();
  return (
    <section className="narrow-page__aside" aria-labelledby={headingId} data-testid="resend-verification">
      <h2 id={headingId}>{t('auth.resendVerification.heading')}</h2>
      {sentTo ? (
        // Worded so it never tells whether the address has an account waiting: the API always says 202.
        <FocusOnMount>
          <p className="callout" data-testid="resend-verification-sent">
            {t('auth.resendVerification.sent', { email: sentTo })}
          </p>
        </FocusOnMount>
      ) : (
        <EmailRequestForm
          endpoint="resendVerification"
          id="resend-verification-email"
          label={t('auth.resendVerification.email')}
          submitLabel={t('auth.resendVerification.submit')}
          send={resendVerification}
          onSent={setSentTo}
          defaultEmail={defaultEmail}
          intro={<p>{t('auth.resendVerification.text')}</p>}
          errorTestId="resend-verification-error"
        />
      )}
    </section>
  );
}
