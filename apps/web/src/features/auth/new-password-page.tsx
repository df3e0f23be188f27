import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NarrowPage } from '../../components/layout/narrow-page';
import { noticeStore } from '../../components/notice/notice-store';
import { useFragmentToken } from './fragment-token';
import { NewPasswordForm } from './new-password-form';

type Variant = 'reset' | 'set';

/**
 * `/reset-password` and `/set-password` (staff invitations): the same request, different words.
 * Afterwards the user signs in; the reset does not sign them in by itself.
 */
export function NewPasswordPage({ variant }: { variant: Variant }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useFragmentToken();
  const texts =
    variant === 'reset'
      ? {
          title: t('auth.resetPassword.title'),
          heading: t('auth.resetPassword.heading'),
          intro: t('auth.resetPassword.intro'),
          label: t('auth.resetPassword.password'),
          submit: t('auth.resetPassword.submit'),
          requestNew: t('auth.resetPassword.requestNew'),
        }
      : {
          title: t('auth.setPassword.title'),
          heading: t('auth.setPassword.heading'),
          intro: t('auth.setPassword.intro'),
          label: t('auth.setPassword.password'),
          submit: t('auth.setPassword.submit'),
          requestNew: t('auth.setPassword.requestNew'),
        };

  return (
    <NarrowPage title={texts.title} heading={texts.heading}>
      {token ? (
        <>
          <p>{texts.intro}</p>
          <NewPasswordForm
            token={token}
            label={texts.label}
            submitLabel={texts.submit}
            onDone={async () => {
              noticeStore.show(variant === 'reset' ? 'passwordReset' : 'passwordSet', '/login');
              await navigate({ to: '/login' });
            }}
          />
        </>
      ) : (
        <p className="form-alert" role="alert">
          {t('auth.resetPassword.missingToken')}
        </p>
      )}
      <p className="narrow-page__aside">
        <Link to="/forgot-password">{texts.requestNew}</Link>
      </p>
    </NarrowPage>
  );
}
