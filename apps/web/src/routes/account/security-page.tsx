import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/use-document-title';
import { ChangePasswordForm } from '../../features/account/change-password-form';
import { MfaStatus } from '../../features/account/mfa-status';
import { SessionsList } from '../../features/account/sessions-list';

export function SecurityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.security.title'));
  return (
    <>
      <h1>{t('account.security.heading')}</h1>
      <ChangePasswordForm />
      <MfaStatus />
      <SessionsList />
    </>
  );
}
