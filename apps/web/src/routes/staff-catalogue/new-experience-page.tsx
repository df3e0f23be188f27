import { Link, useNavigate } from '@tanstack/react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/use-document-title';
import { catalogueNotices } from '../../features/staff-catalogue/catalogue-notice';
import { ExperienceForm } from '../../features/staff-catalogue/experience-form';
import { staffExperiencesQueryKey } from '../../features/staff-catalogue/experiences-api';

/** `/staff/experiences/new`: the form; once created, the edit page, where pictures are added. */
export function NewExperiencePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staffCatalogue.form.newTitle'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  return (
    <>
      <p>
        <Link to="/staff/experiences">{t('staffCatalogue.form.backToList')}</Link>
      </p>
      <h1>{t('staffCatalogue.form.newHeading')}</h1>
      <ExperienceForm
        mode={{ kind: 'create' }}
        onSaved={async (experience) => {
          await queryClient.invalidateQueries({ queryKey: staffExperiencesQueryKey });
          const path = `/staff/experiences/${experience.id}`;
          catalogueNotices.show('created', path);
          await navigate({ to: '/staff/experiences/$experienceId', params: { experienceId: experience.id } });
        }}
      />
    </>
  );
}
