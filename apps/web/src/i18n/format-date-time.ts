import type { Language } from './languages';

/** Every date and time of the reserve is shown in its own time zone. */
export const reserveTimeZone = 'America/Sao_Paulo';

/** Formats an ISO 8601 instant for the given language, in the reserve's time zone. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'medium',
    timeZone: reserveTimeZone,
  }).format(date);
}

/** Formats the calendar day of an ISO 8601 instant, as seen at the reserve. */
export function formatDate(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: reserveTimeZone }).format(date);
}
