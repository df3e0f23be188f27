import { professorDecisionRequestSchema } from '@promata/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { TextAreaField } from '../../components/form/text-area-field';
import { useErrorText } from '../../components/form/use-error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { useSessionStore } from '../auth/session-context';
import { decideProfessorRequest, type ProfessorDecision, type ProfessorRequest } from './staff-api';
import { StaffAlert } from './staff-alert';
import { isStaleListError } from './staff-error';

const messageSchema = z.object({ message: professorDecisionRequestSchema.shape.message.unwrap() });
type MessageValues = z.output<typeof messageSchema>;

type Decision = ProfessorDecision['decision'];

const summaryFields = [{ name: 'message', id: 'decision-message' }] as const;

/**
 * An optional message, then Approve or Reject, each confirmed in a dialog that repeats the
 * message. Either way the applicant is e-mailed; a 409 means someone else decided first.
 */
export function ProfessorDecisionForm({
  request,
  onDecided,
  onRefused,
}: {
  request: ProfessorRequest;
  onDecided: (message: string) => void;
  /** The API refused the decision (e.g. decided by someone else); the page shows it. */
  onRefused: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const form = useForm<z.input<typeof messageSchema>, unknown, MessageValues>({
    resolver: contractResolver(messageSchema),
    defaultValues: { message: '' },
  });
  const { errors, submitCount } = form.formState;
  const [pending, setPending] = useState<{ decision: Decision; message: string }>();

  const choose = (decision: Decision) => void form.handleSubmit(({ message }) => setPending({ decision, message }))();

  return (
    <section className="staff-decision" aria-labelledby="decision-heading">
      <h3 id="decision-heading">{t('staff.professorRequests.decision.heading')}</h3>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <ErrorSummary errors={errors} fields={summaryFields} submitted={submitCount > 0} />
        <TextAreaField
          id="decision-message"
          label={t('staff.professorRequests.decision.message')}
          hint={t('staff.professorRequests.decision.messageHint')}
          optional
          error={errorText(errors.message?.message)}
          {...form.register('message')}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => choose('APPROVE')} data-testid="decision-approve">
            {t('staff.professorRequests.decision.approve')}
          </button>
          <button
            type="button"
            className="button button--danger-outline"
            onClick={() => choose('REJECT')}
            data-testid="decision-reject"
          >
            {t('staff.professorRequests.decision.reject')}
          </button>
        </div>
      </form>
      {pending && (
        <ConfirmDecisionDialog
          request={request}
          decision={pending.decision}
          message={pending.message}
          onDecided={(text) => {
            form.reset();
            onDecided(text);
          }}
          onRefused={onRefused}
          onClose={() => setPending(undefined)}
        />
      )}
    </section>
  );
}

function ConfirmDecisionDialog({
  request,
  decision,
  message,
  onDecided,
  onRefused,
  onClose,
}: {
  request: ProfessorRequest;
  decision: Decision;
  message: string;
  onDecided: (text: string) => void;
  onRefused: (error: unknown) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const [busy, setBusy] = useState(false);
  const [apiError, setApiError] = useState<unknown>();
  const approve = decision === 'APPROVE';
  const name = { name: request.user.name };

  return (
    <ModalDialog
      heading={
        approve
          ? t('staff.professorRequests.decision.approveHeading', name)
          : t('staff.professorRequests.decision.rejectHeading', name)
      }
      description={
        <>
          <p>
            {approve
              ? t('staff.professorRequests.decision.approveText')
              : t('staff.professorRequests.decision.rejectText')}
          </p>
          {message === '' ? (
            <p>{t('staff.professorRequests.decision.withoutMessage')}</p>
          ) : (
            <>
              <p>{t('staff.professorRequests.decision.withMessage')}</p>
              <blockquote className="decision-quote">{message}</blockquote>
            </>
          )}
        </>
      }
      onClose={onClose}
      testId="decision-dialog"
    >
      {(close) => {
        const confirm = async () => {
          if (busy) return;
          setBusy(true);
          setApiError(undefined);
          try {
            await decideProfessorRequest(session, request.user.id, {
              decision,
              ...(message === '' ? {} : { message }),
            });
            close();
            onDecided(
              approve
                ? t('staff.professorRequests.decision.approved', name)
                : t('staff.professorRequests.decision.rejected', name),
            );
          } catch (error) {
            if (isStaleListError(error)) {
              // Someone else decided: nothing left to confirm here; the page tells and refreshes.
              close();
              onRefused(error);
            } else {
              setApiError(error);
            }
          } finally {
            setBusy(false);
          }
        };
        return (
          <>
            <StaffAlert error={apiError} testId="decision-error" />
            <div className="form-actions">
              <button
                type="button"
                className={approve ? 'button' : 'button button--danger'}
                aria-busy={busy}
                onClick={() => void confirm()}
                data-testid="decision-confirm"
              >
                {busy
                  ? t('form.sending')
                  : approve
                    ? t('staff.professorRequests.decision.confirmApprove')
                    : t('staff.professorRequests.decision.confirmReject')}
              </button>
              <button type="button" className="button button--secondary" data-autofocus onClick={close}>
                {t('staff.cancel')}
              </button>
            </div>
          </>
        );
      }}
    </ModalDialog>
  );
}
