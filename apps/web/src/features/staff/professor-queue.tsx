import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import type { ProfessorRequest } from './staff-api';

/**
 * The requests of one status, oldest first, each a button that shows it beside (or, on a phone,
 * below) the list. `aria-current` marks the one on show.
 */
export function ProfessorQueue({
  requests,
  selectedId,
  onSelect,
}: {
  requests: readonly ProfessorRequest[];
  selectedId: string | undefined;
  onSelect: (request: ProfessorRequest) => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  return (
    <ol className="queue-list" data-testid="professor-queue">
      {requests.map((request) => (
        <li key={request.id}>
          <button
            type="button"
            className="queue-list__item"
            aria-current={request.id === selectedId ? 'true' : undefined}
            data-testid="professor-queue-item"
            onClick={() => onSelect(request)}
          >
            <span className="queue-list__name">{request.user.name}</span>
            <span className="queue-list__meta">{request.user.email}</span>
            <span className="queue-list__meta">
              {t('staff.professorRequests.sentOn', { date: formatDate(request.createdAt, language) })}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
