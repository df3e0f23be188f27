import type { Profile } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';

/** What the user cannot change here: the e-mail (their login) and their role. */
export function ProfileSummary({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (
    <dl className="facts profile-summary" data-testid="profile-summary">
      <div className="facts__item">
        <dt>{t('account.profile.summary.email')}</dt>
        <dd>{profile.email}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('account.profile.summary.role')}</dt>
        <dd>{t(`account.roles.${profile.role}`)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('account.profile.summary.memberSince')}</dt>
        <dd>
          <time dateTime={profile.createdAt}>{formatDate(profile.createdAt, language)}</time>
        </dd>
      </div>
    </dl>
  );
}
