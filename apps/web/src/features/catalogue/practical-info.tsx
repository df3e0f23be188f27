import type { Experience } from '@promata/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatCalendarRange } from '../../i18n/format-calendar-date';
import { reserveTimeZone } from '../../i18n/format-date-time';
import type { Language } from '../../i18n/languages';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { weekStartsOn } from '../../lib/calendar-date';

/** "3 horas e 30 minutos" / "3 hours, 30 minutes": Intl's own unit words, no texts to translate. */
export function formatDuration(totalMinutes: number, language: Language): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts = [...(hours > 0 ? [unit(hours, 'hour')] : []), ...(minutes > 0 ? [unit(minutes, 'minute')] : [])];
  return new Intl.ListFormat(language, { style: 'long', type: 'unit' }).format(parts);
}

/** "6,5 km" / "6.5 km". */
export function formatKilometres(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 2 }).format(value);
}

/** An event's start or end, an instant, as the reserve's clock shows it. */
export function formatEventTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone: reserveTimeZone }).format(
    new Date(iso),
  );
}

/** The offered week days, from Sunday, named by Intl ("segunda-feira, quarta-feira e sábado"). */
export function formatWeekDays(weekDays: readonly number[], language: Language): string {
  const names = [0, 1, 2, 3, 4, 5, 6]
    .map((offset) => (weekStartsOn + offset) % 7)
    .filter((day) => weekDays.includes(day))
    // 2023-01-01 was a Sunday: day d of the week is 2023-01-(1 + d).
    .map((day) => formatCalendarDate(`2023-01-0${day + 1}`, language, { weekday: 'long' }));
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What a visitor needs to plan: the facts of the experience's category and its calendar rules. */
export function PracticalInfo({ experience }: { experience: Experience }) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const { trail, event, offerFrom, offerUntil } = experience;

  return (
    <section className="experience-section" aria-labelledby="practical-heading">
      <h2 id="practical-heading">{t('catalogue.detail.practical')}</h2>
      <dl className="facts" data-testid="practical-info">
        <Fact label={t('catalogue.detail.category')}>{t(`catalogue.categories.${experience.category}`)}</Fact>
        <Fact label={t('catalogue.capacity.label')}>
          {t(`catalogue.capacity.${experience.category}`, { count: experience.capacity })}
        </Fact>
        {trail && (
          <>
            <Fact label={t('catalogue.detail.duration')}>{formatDuration(trail.durationMinutes, language)}</Fact>
            <Fact label={t('catalogue.detail.difficulty')}>{t(`catalogue.difficulties.${trail.difficulty}`)}</Fact>
            <Fact label={t('catalogue.detail.length')}>{formatKilometres(trail.lengthKm, language)}</Fact>
          </>
        )}
        {event && (
          <>
            <Fact label={t('catalogue.detail.startsAt')}>
              <time dateTime={event.startsAt}>{formatEventTime(event.startsAt, language)}</time>{' '}
              {t('catalogue.detail.reserveTime')}
            </Fact>
            <Fact label={t('catalogue.detail.endsAt')}>
              <time dateTime={event.endsAt}>{formatEventTime(event.endsAt, language)}</time>{' '}
              {t('catalogue.detail.reserveTime')}
            </Fact>
          </>
        )}
        {!event && (
          <Fact label={t('catalogue.detail.weekDays')}>
            {experience.weekDays.length === 7
              ? t('catalogue.detail.everyDay')
              : formatWeekDays(experience.weekDays, language)}
          </Fact>
        )}
        {experience.minNoticeDays > 0 && (
          <Fact label={t('catalogue.detail.notice')}>
            {t('catalogue.detail.noticeDays', { count: experience.minNoticeDays })}
          </Fact>
        )}
        {(offerFrom || offerUntil) && !event && (
          <Fact label={t('catalogue.detail.season')}>
            {offerFrom && offerUntil
              ? formatCalendarRange(offerFrom, offerUntil, language)
              : offerFrom
                ? t('catalogue.detail.seasonFrom', { date: formatCalendarDate(offerFrom, language) })
                : t('catalogue.detail.seasonUntil', { date: formatCalendarDate(offerUntil ?? '', language) })}
          </Fact>
        )}
      </dl>
      {experience.requiresVerifiedProfessor && (
        <p className="callout experience-section__callout" data-testid="requires-professor">
          {t('catalogue.detail.requiresProfessor')}
        </p>
      )}
    </section>
  );
}
