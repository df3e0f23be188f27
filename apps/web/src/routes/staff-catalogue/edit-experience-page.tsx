import type { Experience } from '@promata/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useSessionStore } from '../../features/auth/session-context';
import { catalogueNotices } from '../../features/staff-catalogue/catalogue-notice';
import { DeleteExperience } from '../../features/staff-catalogue/delete-experience';
import { ExperienceForm } from '../../features/staff-catalogue/experience-form';
import {
  fetchStaffExperience,
  staffExperienceQueryKey,
  staffExperiencesQueryKey,
} from '../../features/staff-catalogue/experiences-api';
import { ImageGallery } from '../../features/staff-catalogue/image-gallery';
import { AuditHistory } from '../../features/staff-audit/audit-history';
import { localized } from '../../features/staff-catalogue/localized';

const route = getRouteApi('/staff-catalogue/catalogue/staff/experiences/$experienceId');

/** `/staff/experiences/:id`: the form, the pictures and, last, deletion (or deactivation). */
export function EditExperiencePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staffCatalogue.form.editTitle'));
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { experienceId } = route.useParams();
  const queryKey = staffExperienceQueryKey(experienceId);
  const experience = useQuery({
    queryKey,
    queryFn: ({ signal }) => fetchStaffExperience(session, experienceId, { signal }),
  });

  /** The page's copy of the experience, and the list's, after a change made here. */
  const store = (updated: Experience) => {
    queryClient.setQueryData(queryKey, updated);
    void queryClient.invalidateQueries({ queryKey: staffExperiencesQueryKey });
  };
  const refresh = () => queryClient.invalidateQueries({ queryKey });

  return (
    <>
      <p>
        <Link to="/staff/experiences">{t('staffCatalogue.form.backToList')}</Link>
      </p>
      <QueryState query={experience} errorText={t('staffCatalogue.form.loadError')}>
        {(data) => {
          const name = localized(data.name, language);
          return (
            <>
              <h1>
                {t('staffCatalogue.form.editHeading', { name: name.text })}{' '}
                <span className={`status-pill status-pill--${data.active ? 'active' : 'inactive'}`}>
                  {t(`staffCatalogue.${data.active ? 'active' : 'inactive'}`)}
                </span>
              </h1>
              {/* Keyed by id: another experience's data must never fill this form's defaults. */}
              <ExperienceForm key={data.id} mode={{ kind: 'edit', experience: data }} onSaved={store} />
              <ImageGallery
                experience={data}
                onImages={(images) => store({ ...data, images, cover: images[0] ?? null })}
                onRefresh={refresh}
              />
              <AuditHistory targetType="experience" targetId={data.id} />
              <DeleteExperience
                experience={data}
                onDeactivated={store}
                onDeleted={async () => {
                  catalogueNotices.show('deleted', '/staff/experiences');
                  await navigate({ to: '/staff/experiences' });
                  // Only once the page has left: it would otherwise fetch the deleted experience again.
                  queryClient.removeQueries({ queryKey });
                  await queryClient.invalidateQueries({ queryKey: staffExperiencesQueryKey });
                }}
              />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
