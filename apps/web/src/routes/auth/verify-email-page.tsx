import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../components/form/api-error-text';
import { NarrowPage } from '../../components/layout/narrow-page';
import { verifyEmail } from '../../features/auth/auth-api';
import { useFragmentToken } from '../../features/auth/fragment-token';
import { ResendVerification } from '../../features/auth/resend-verification';

export function VerifyEmailPage() {
  const { t } = useTranslation();
  const apiErrorText = useApiErrorText();
  const token = useFragmentToken();
  // A query rather than a mutation: it runs by itself when the page opens, and the cache key
  // makes the token be sent once even if the page mounts twice (React's StrictMode, a re-render).
  // A consumed token would answer INVALID_TOKEN the second time.
  const verification = useQuery({
    queryKey: ['verify-email', token],
    queryFn: async () => {
      if (token) await verifyEmail(token);
      return true;
    },
    enabled: token !== undefined,
    retry: false,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

  return (
    <NarrowPage title={t('auth.verifyEmail.title')} heading={t('auth.verifyEmail.heading')}>
      <div role="status" data-testid="verify-email-status">
        {token === undefined ? (
          <p>{t('auth.verifyEmail.missingToken')}</p>
        ) : verification.isPending ? (
          <p>{t('auth.verifyEmail.verifying')}</p>
        ) : verification.isError ? (
          <p className="form-alert">{apiErrorText(verification.error)}</p>
        ) : (
          <p className="form-success">{t('auth.verifyEmail.success')}</p>
        )}
      </div>
      {verification.isSuccess ? (
        <p>
          <Link to="/login" className="button">
            {t('auth.verifyEmail.loginLink')}
          </Link>
        </p>
      ) : (
        // Signing up again would not help: for a registered address it mails only a login link.
        (token === undefined || verification.isError) && (
          <>
            <ResendVerification />
            <p className="narrow-page__aside">
              {t('auth.verifyEmail.noAccount')} <Link to="/sign-up">{t('auth.verifyEmail.signUpLink')}</Link>
            </p>
          </>
        )
      )}
    </NarrowPage>
  );
}
