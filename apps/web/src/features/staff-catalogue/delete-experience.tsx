import type { Experience } from '@promata/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from '../../components/form/form-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useSessionStore } from '../auth/session-context';
import { CatalogueAlert } from './catalogue-alert';
import { conflictReason } from './catalogue-error';
import { deleteExperience, updateExperience } from './experiences-api';
import { localized } from './localized';

/**
 * Deleting, for an experience nobody booked. Once booked the API refuses (409, HAS_BOOKINGS) and
 * the dialog offers what is possible instead: deactivating, which takes it out of the catalogue
 * and keeps its bookings and history.
 */
export function DeleteExperience({
  experience,
  onDeleted,
  onDeactivated,
}: {
  experience: Experience;
  onDeleted: () => Promise<void>;
  onDeactivated: (updated: Experience) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [deactivated, setDeactivated] = useState(false);

  return (
    <section className="account-section account-section--danger" aria-labelledby="delete-experience-heading">
      <h2 id="delete-experience-heading">{t('staffCatalogue.delete.heading')}</h2>
      <p>{t('staffCatalogue.delete.text')}</p>
      <FormSuccess message={deactivated ? t('staffCatalogue.delete.deactivated') : undefined} testId="deactivated" />
      <button
        type="button"
        className="button button--danger"
        onClick={() => {
          setDeactivated(false);
          setOpen(true);
        }}
        data-testid="delete-experience"
      >
        {t('staffCatalogue.delete.button')}
      </button>
      {open && (
        <DeleteExperienceDialog
          experience={experience}
          onClose={() => setOpen(false)}
          onDeleted={onDeleted}
          onDeactivated={(updated) => {
            setDeactivated(true);
            onDeactivated(updated);
          }}
        />
      )}
    </section>
  );
}

function DeleteExperienceDialog({
  experience,
  onClose,
  onDeleted,
  onDeactivated,
}: {
  experience: Experience;
  onClose: () => void;
  onDeleted: () => Promise<void>;
  onDeactivated: (updated: Experience) => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const session = useSessionStore();
  const [booked, setBooked] = useState(false);
  const [apiError, setApiError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const name = localized(experience.name, language).text;

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setApiError(undefined);
    try {
      await action();
    } catch (error) {
      if (conflictReason(error) === 'HAS_BOOKINGS') setBooked(true);
      else setApiError(error);
    } finally {
      setBusy(false);
    }
  };

  // The refused button is gone: focus goes to what is possible instead.
  const nextRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (booked) nextRef.current?.focus();
  }, [booked]);

  return (
    <ModalDialog
      heading={t('staffCatalogue.delete.dialogHeading', { name })}
      description={<p>{t('staffCatalogue.delete.dialogText')}</p>}
      onClose={onClose}
      testId="delete-experience-dialog"
    >
      {(close) => (
        <>
          <CatalogueAlert error={apiError} testId="delete-experience-error" />
          {/* Always present, so the refusal and the offer are announced when they appear. */}
          <div role="alert" data-testid="delete-experience-booked">
            {booked && (
              <div className="callout callout--warning">
                <p>{t('staffCatalogue.delete.bookedHeading', { name })}</p>
                <p>
                  {experience.active
                    ? t('staffCatalogue.delete.bookedText')
                    : t('staffCatalogue.delete.bookedInactive')}
                </p>
              </div>
            )}
          </div>
          <div className="form-actions">
            {!booked && (
              <button
                type="button"
                className="button button--danger"
                aria-busy={busy}
                onClick={() =>
                  void run(async () => {
                    await deleteExperience(session, experience.id);
                    close();
                    await onDeleted();
                  })
                }
              >
                {busy ? t('form.sending') : t('staffCatalogue.delete.confirm')}
              </button>
            )}
            {booked && experience.active && (
              <button
                ref={nextRef}
                type="button"
                className="button"
                aria-busy={busy}
                onClick={() =>
                  void run(async () => {
                    const updated = await updateExperience(session, experience.id, { active: false });
                    close();
                    onDeactivated(updated);
                  })
                }
                data-testid="deactivate-experience"
              >
                {busy ? t('form.sending') : t('staffCatalogue.delete.deactivate')}
              </button>
            )}
            <button
              ref={booked && !experience.active ? nextRef : undefined}
              type="button"
              className="button button--secondary"
              data-autofocus
              onClick={close}
            >
              {t('staffCatalogue.cancel')}
            </button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}
