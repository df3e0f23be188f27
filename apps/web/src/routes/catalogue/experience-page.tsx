import type { Experience } from '@promata/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { AvailabilityCalendar } from '../../features/catalogue/availability-calendar';
import { nextPick, type PickedDays } from '../../features/bookings/day-picks';
import { BookAction } from '../../features/catalogue/book-action';
import { calendarBounds, calendarStart } from '../../features/catalogue/calendar-range';
import { experienceQuery } from '../../features/catalogue/catalogue-queries';
import { ExperienceGallery } from '../../features/catalogue/experience-gallery';
import { isExperienceId } from '../../features/catalogue/experience-search';
import { langIfDifferent, pickText } from '../../features/catalogue/localized-text';
import { PracticalInfo } from '../../features/catalogue/practical-info';
import { PriceTag } from '../../features/catalogue/price-tag';
import { UpcomingClosures } from '../../features/catalogue/upcoming-closures';
import { reserveTimeZone } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { ApiError } from '../../lib/api-client';
import { todayIn } from '../../lib/calendar-date';
import '../../styles/forms.css';
import '../../styles/catalogue.css';

const route = getRouteApi('/experiences/$experienceId');

/** `/experiences/:id`: everything a visitor needs to decide, and the real places left per day. */
export function ExperiencePage() {
  const { t } = useTranslation();
  const { experienceId } = route.useParams();
  const valid = isExperienceId(experienceId);
  const experience = useQuery({ ...experienceQuery(experienceId), enabled: valid });
  const missing = !valid || (experience.error instanceof ApiError && experience.error.status === 404);

  if (missing) return <ExperienceNotFound />;
  return (
    <div className="container experience-page">
      <p className="experience-page__back">
        <Link to="/experiences">
          <span aria-hidden="true">‹ </span>
          {t('catalogue.detail.back')}
        </Link>
      </p>
      <QueryState query={experience} errorText={t('catalogue.detail.loadError')}>
        {(data) => <ExperienceDetails experience={data} />}
      </QueryState>
    </div>
  );
}

function ExperienceDetails({ experience }: { experience: Experience }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const name = pickText(experience.name, language);
  const description = pickText(experience.description, language);
  const whatToBring = pickText(experience.whatToBring, language);
  useDocumentTitle(name?.text ?? t('catalogue.list.title'));

  const today = todayIn(reserveTimeZone);
  const bounds = calendarBounds(today, experience.maxAdvanceDays);
  const opensOn = experience.event
    ? todayIn(reserveTimeZone, new Date(experience.event.startsAt))
    : experience.offerFrom;
  const [picked, setPicked] = useState<PickedDays>({});
  const month = calendarStart(search.month, opensOn ?? undefined, today, bounds);
  // Replacing the history entry: Back leaves the page instead of stepping through months.
  const changeMonth = useCallback(
    (next: string) => void navigate({ search: { month: next }, replace: true, resetScroll: false }),
    [navigate],
  );

  return (
    <article className="experience" aria-labelledby="experience-heading">
      <header className="experience__header">
        <p className="experience__category">{t(`catalogue.categories.${experience.category}`)}</p>
        <h1 id="experience-heading" lang={langIfDifferent(name, language)}>
          {name?.text}
        </h1>
      </header>
      <ExperienceGallery images={experience.images} />
      <div className="experience__layout">
        <div className="experience__main">
          {description && (
            <section className="experience-section" aria-labelledby="about-heading">
              <h2 id="about-heading">{t('catalogue.detail.about')}</h2>
              <p className="experience__description" lang={langIfDifferent(description, language)}>
                {description.text}
              </p>
            </section>
          )}
          <PracticalInfo experience={experience} />
          {whatToBring && (
            <section className="experience-section" aria-labelledby="bring-heading">
              <h2 id="bring-heading">{t('catalogue.detail.whatToBring')}</h2>
              <p className="experience__description" lang={langIfDifferent(whatToBring, language)}>
                {whatToBring.text}
              </p>
            </section>
          )}
        </div>
        <div className="experience__aside">
          <section className="experience-aside__section" aria-labelledby="price-heading">
            <h2 id="price-heading">{t('catalogue.price.label')}</h2>
            <PriceTag experience={experience} className="price-tag price-tag--large" />
            <BookAction experience={experience} picked={picked} onPick={setPicked} />
          </section>
          <UpcomingClosures experienceId={experience.id} />
        </div>
      </div>
      <AvailabilityCalendar
        experienceId={experience.id}
        category={experience.category}
        month={month}
        minMonth={bounds.minMonth}
        maxMonth={bounds.maxMonth}
        today={today}
        onMonthChange={changeMonth}
        picked={experience.category === 'EVENT' ? undefined : picked}
        onPickDay={
          experience.category === 'EVENT'
            ? undefined
            : (date) => setPicked((current) => nextPick(experience.category === 'HOSTING', current, date))
        }
      />
    </article>
  );
}

function ExperienceNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.detail.notFound.title'));
  return (
    <div className="container not-found">
      <h1>{t('catalogue.detail.notFound.heading')}</h1>
      <p>{t('catalogue.detail.notFound.text')}</p>
      <p>
        <Link to="/experiences" className="button">
          {t('catalogue.detail.notFound.link')}
        </Link>
      </p>
    </div>
  );
}
