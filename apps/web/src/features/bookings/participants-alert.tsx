import { useTranslation } from 'react-i18next';
import { useApiErrorText } from '../../components/form/api-error-text';
import { isParticipantsIncomplete } from './booking-errors';
import type { LineOption } from './participant-fields';
import type { LineShortfall } from './participant-counts';

/**
 * Why the participant list was not sent, in one live region (always in the page, so screen
 * readers notice it fill): the lines found short or over before sending, each with its count;
 * otherwise the API's refusal, in words when it says the counts are off (PARTICIPANTS_INCOMPLETE)
 * rather than the generic "not possible in the current state".
 */
export function ParticipantsAlert({
  shortfalls,
  error,
  lines,
}: {
  shortfalls: readonly LineShortfall[];
  error: unknown;
  lines: readonly LineOption[];
}) {
  const { t } = useTranslation();
  const apiErrorText = useApiErrorText();
  const shows = shortfalls.length > 0 || Boolean(error);
  return (
    <div role="alert" className={shows ? 'form-alert' : undefined} data-testid="participants-alert">
      {shortfalls.length > 0 ? (
        <>
          <p>{t('bookings.actions.people.incomplete.heading')}</p>
          <ul>
            {shortfalls.map((shortfall) => (
              <li key={shortfall.key} data-testid="participants-shortfall">
                {t(
                  shortfall.assigned < shortfall.people
                    ? 'bookings.actions.people.incomplete.missing'
                    : 'bookings.actions.people.incomplete.extra',
                  {
                    line: lines[shortfall.index]?.label ?? '',
                    count: Math.abs(shortfall.people - shortfall.assigned),
                    assigned: shortfall.assigned,
                    people: shortfall.people,
                  },
                )}
              </li>
            ))}
          </ul>
        </>
      ) : error ? (
        isParticipantsIncomplete(error) ? (
          t('bookings.actions.people.incomplete.refused')
        ) : (
          apiErrorText(error)
        )
      ) : null}
    </div>
  );
}
