import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format-date-time';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { DocumentPreview } from './document-preview';
import { ProfessorDecisionForm } from './professor-decision-form';
import type { ProfessorRequest } from './staff-api';

/** One request: who asked, when, the document, and (while pending) the decision. */
export function ProfessorRequestDetail({
  request,
  headingRef,
  onDecided,
  onRefused,
}: {
  request: ProfessorRequest;
  headingRef: Ref<HTMLHeadingElement>;
  onDecided: (message: string) => void;
  onRefused: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const { user } = request;

  return (
    <article className="account-section staff-request" aria-labelledby="request-heading" data-testid="request-detail">
      {/* Receives focus when a request is chosen, so the reader lands on what they asked to see. */}
      <h2 id="request-heading" ref={headingRef} tabIndex={-1} className="focus-target">
        {user.name}
      </h2>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('staff.professorRequests.detail.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('staff.professorRequests.detail.institution')}</dt>
          <dd>{user.institution ?? t('staff.professorRequests.detail.noInstitution')}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('staff.professorRequests.detail.createdAt')}</dt>
          <dd>
            <time dateTime={request.createdAt}>{formatDateTime(request.createdAt, language)}</time>
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('staff.professorRequests.detail.status')}</dt>
          <dd>{t(`staff.professorRequests.statuses.${request.status}`)}</dd>
        </div>
        {request.decidedAt && (
          <div className="facts__item">
            <dt>{t('staff.professorRequests.detail.decidedAt')}</dt>
            <dd>
              <time dateTime={request.decidedAt}>{formatDateTime(request.decidedAt, language)}</time>
            </dd>
          </div>
        )}
        {request.status !== 'PENDING' && (
          <div className="facts__item facts__item--wide">
            <dt>{t('staff.professorRequests.detail.message')}</dt>
            <dd className="staff-request__message">
              {request.message ?? t('staff.professorRequests.detail.noMessage')}
            </dd>
          </div>
        )}
      </dl>

      <section className="staff-request__document" aria-labelledby="document-heading">
        <h3 id="document-heading">{t('staff.professorRequests.document.heading')}</h3>
        {request.documentId ? (
          <DocumentPreview key={request.documentId} documentId={request.documentId} applicant={user.name} />
        ) : (
          <p>{t('staff.professorRequests.document.none')}</p>
        )}
      </section>

      {request.status === 'PENDING' && (
        <ProfessorDecisionForm key={request.id} request={request} onDecided={onDecided} onRefused={onRefused} />
      )}
    </article>
  );
}
