import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrowPage } from '../../components/layout/narrow-page';
import { FocusOnMount } from '../../components/focus-on-mount';
import { SignUpForm } from '../../features/auth/sign-up-form';

export function SignUpPage() {
  const { t } = useTranslation();
  const [acceptedEmail, setAcceptedEmail] = useState<string>();

  return (
    <NarrowPage title={t('auth.signUp.title')} heading={t('auth.signUp.heading')}>
      {acceptedEmail ? (
        // The API answers the same whether or not the address is new, and so does this text.
        <FocusOnMount>
          <section className="callout" aria-labelledby="check-inbox-heading" data-testid="sign-up-accepted">
            <h2 id="check-inbox-heading">{t('auth.signUp.checkInbox.heading')}</h2>
            <p>{t('auth.signUp.checkInbox.text', { email: acceptedEmail })}</p>
            <p>{t('auth.signUp.checkInbox.spam')}</p>
          </section>
        </FocusOnMount>
      ) : (
        <>
          <p>{t('auth.signUp.intro')}</p>
          <SignUpForm onAccepted={setAcceptedEmail} />
          <p className="narrow-page__aside">
            {t('auth.signUp.haveAccount')} <Link to="/login">{t('auth.signUp.loginLink')}</Link>
          </p>
        </>
      )}
    </NarrowPage>
  );
}
