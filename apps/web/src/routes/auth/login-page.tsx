import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrowPage } from '../../components/layout/narrow-page';
import { LoginForm, type Credentials } from '../../features/auth/login-form';
import { MfaCodeForm } from '../../features/auth/mfa-code-form';
import { ResendVerification } from '../../features/auth/resend-verification';
import { useCompleteLogin } from '../../features/auth/use-complete-login';

const route = getRouteApi('/login');

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect } = route.useSearch();
  const completeLogin = useCompleteLogin(redirect);
  // Kept in memory only while the second step is on screen, to send them again with the code.
  const [pending, setPending] = useState<Credentials>();
  const [returning, setReturning] = useState<Credentials>();
  const [unverifiedEmail, setUnverifiedEmail] = useState<string>();

  return (
    <NarrowPage title={t('auth.login.title')} heading={t('auth.login.heading')}>
      {pending ? (
        <MfaCodeForm
          credentials={pending}
          onSignedIn={completeLogin}
          onBack={() => {
            setReturning({ email: pending.email, password: '' });
            setPending(undefined);
          }}
        />
      ) : (
        <>
          <LoginForm
            defaultValues={returning}
            onSignedIn={completeLogin}
            onMfaRequired={setPending}
            onUnverifiedEmail={setUnverifiedEmail}
          />
          {/* Keyed by the address, so another refused address gets a fresh form. */}
          {unverifiedEmail && <ResendVerification key={unverifiedEmail} defaultEmail={unverifiedEmail} />}
          <p className="narrow-page__aside">
            {t('auth.login.noAccount')} <Link to="/sign-up">{t('auth.login.signUpLink')}</Link>
          </p>
        </>
      )}
    </NarrowPage>
  );
}
