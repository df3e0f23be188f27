import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { ProfessorRequest } from '../../features/account/professor-request';
import { ProfileForm } from '../../features/account/profile-form';
import { ProfileSummary } from '../../features/account/profile-summary';
import { useProfile } from '../../features/account/use-profile';

export function ProfilePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.profile.title'));
  const profile = useProfile();

  return (
    <>
      <h1>{t('account.profile.heading')}</h1>
      <QueryState query={profile} errorText={t('account.loadError')}>
        {(data) => (
          <>
            <ProfileSummary profile={data} />
            {/* Keyed by id: another account's data must never fill this form's defaults. */}
            <ProfileForm key={data.id} profile={data} />
            {(data.role === 'GUEST' || data.role === 'PROFESSOR') && <ProfessorRequest profile={data} />}
          </>
        )}
      </QueryState>
    </>
  );
}
