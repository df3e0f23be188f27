import type { Profile } from '@promata/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, Field } from '../../components/form/field';
import { FormAlert, FormSuccess } from '../../components/form/form-alert';
import { SubmitButton } from '../../components/form/submit-button';
import type { ValidationKey } from '../../components/form/validation-message';
import { useSessionStore } from '../auth/session-context';
import { profileQueryKey, requestProfessorVerification } from './me-api';
import { professorDocumentProblem, professorDocumentTypes } from './professor-document';

const inputId = 'professor-document';

/** Verification status, and the upload form when the user may (again) ask for it. */
export function ProfessorRequest({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const status = profile.professorStatus;
  const canRequest = profile.role === 'GUEST' && (status === 'NONE' || status === 'REJECTED');
  const [sent, setSent] = useState(false);

  return (
    <section className="account-section" aria-labelledby="professor-heading" data-testid="professor-request">
      <h2 id="professor-heading">{t('account.professor.heading')}</h2>
      <p>{t('account.professor.intro')}</p>
      <p>
        {t('account.professor.statusLabel')}{' '}
        <strong className={`professor-status professor-status--${status.toLowerCase()}`}>
          {t(`account.professor.statuses.${status}`)}
        </strong>
      </p>
      {status === 'PENDING' && <p>{t('account.professor.pendingText')}</p>}
      {status === 'APPROVED' && <p>{t('account.professor.approvedText')}</p>}
      {status === 'REJECTED' && canRequest && <p>{t('account.professor.rejectedText')}</p>}
      <FormSuccess message={sent ? t('account.professor.sent') : undefined} />
      {canRequest && <ProfessorUploadForm onSent={() => setSent(true)} />}
    </section>
  );
}

function ProfessorUploadForm({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const queryClient = useQueryClient();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<ValidationKey>();
  const [apiError, setApiError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const error = problem ? t(`validation.${problem}`) : undefined;
  const hint = t('account.professor.fileHint');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const file = inputRef.current?.files?.[0];
    const found = professorDocumentProblem(file);
    setProblem(found);
    setApiError(undefined);
    if (found || !file) {
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await requestProfessorVerification(session, file);
      onSent();
      await queryClient.invalidateQueries({ queryKey: profileQueryKey });
    } catch (caught) {
      setApiError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert error={apiError} testId="professor-error" />
      <Field id={inputId} label={t('account.professor.file')} hint={hint} error={error}>
        <input
          id={inputId}
          ref={inputRef}
          name="document"
          type="file"
          className="field__control"
          accept={professorDocumentTypes.join(',')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(inputId, hint, error)}
          onChange={() => setProblem(undefined)}
        />
      </Field>
      <div className="form-actions">
        <SubmitButton label={t('account.professor.submit')} busy={busy} />
      </div>
    </form>
  );
}
