import type { ExperienceSummary } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { localized } from './localized';
import { formatBrl } from './money';

/**
 * One page of experiences as a real table (row headers, column headers), inside a focusable
 * scroll area so that on a phone the table scrolls sideways instead of the page.
 */
export function ExperiencesTable({ experiences }: { experiences: readonly ExperienceSummary[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table" data-testid="experiences-table">
        <caption id={captionId} className="visually-hidden">
          {t('staffCatalogue.experiences.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('staffCatalogue.experiences.columns.name')}</th>
            <th scope="col">{t('staffCatalogue.experiences.columns.category')}</th>
            <th scope="col">{t('staffCatalogue.experiences.columns.price')}</th>
            <th scope="col">{t('staffCatalogue.experiences.columns.capacity')}</th>
            <th scope="col">{t('staffCatalogue.experiences.columns.status')}</th>
            <th scope="col">{t('staffCatalogue.experiences.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {experiences.map((experience) => (
            <ExperienceRow key={experience.id} experience={experience} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ExperienceRow({ experience }: { experience: ExperienceSummary }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const name = localized(experience.name, language);
  const status = experience.active ? 'active' : 'inactive';
  return (
    <tr data-testid="experience-row" data-experience-id={experience.id}>
      <th scope="row" lang={name.lang === language ? undefined : name.lang}>
        {name.text}
      </th>
      <td>{t(`staffCatalogue.categories.${experience.category}`)}</td>
      <td>{formatBrl(experience.priceCents, language)}</td>
      <td>{new Intl.NumberFormat(language).format(experience.capacity)}</td>
      <td>
        <span className={`status-pill status-pill--${status}`}>{t(`staffCatalogue.${status}`)}</span>
      </td>
      <td>
        <Link
          to="/staff/experiences/$experienceId"
          params={{ experienceId: experience.id }}
          className="button button--secondary button--compact"
          // The visible word first, then which experience (WCAG 2.5.3).
          aria-label={t('staffCatalogue.experiences.editLabel', { name: name.text })}
        >
          {t('staffCatalogue.experiences.edit')}
        </Link>
      </td>
    </tr>
  );
}
