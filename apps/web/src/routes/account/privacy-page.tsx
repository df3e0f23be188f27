import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/use-document-title';
import { DeleteAccount } from '../../features/account/delete-account';
import { ExportData } from '../../features/account/export-data';

export function PrivacyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.privacy.title'));
  return (
    <>
      <h1>{t('account.privacy.heading')}</h1>
      <ExportData />
      <DeleteAccount />
    </>
  );
}
