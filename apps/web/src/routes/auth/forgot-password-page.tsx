import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusOnMount } from '../../components/focus-on-mount';
import { NarrowPage } from '../../components/layout/narrow-page';
import { ForgotPasswordForm } from '../../features/auth/forgot-password-form';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string>();

  return (
    <NarrowPage title={t('auth.forgotPassword.title')} heading={t('auth.forgotPassword.heading')}>
      {sentTo ? (
        // Worded so it never tells whether an account exists: the API always answers 202.
        <FocusOnMount>
          <p className="callout" data-testid="forgot-password-sent">
            {t('auth.forgotPassword.sent', { email: sentTo })}
          </p>
        </FocusOnMount>
      ) : (
        <>
          <p>{t('auth.forgotPassword.intro')}</p>
          <ForgotPasswordForm onSent={setSentTo} />
        </>
      )}
      <p className="narrow-page__aside">
        <Link to="/login">{t('auth.forgotPassword.backToLogin')}</Link>
      </p>
    </NarrowPage>
  );
}
