import type { ExperienceSummary, Highlight, HighlightSlot } from '@promata/contracts';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contractResolver } from '../../components/form/contract-resolver';
import { ErrorSummary } from '../../components/form/error-summary';
import { describedBy, Field } from '../../components/form/field';
import { SelectField } from '../../components/form/select-field';
import { submitOnce } from '../../components/form/submit-once';
import { ModalDialog } from '../../components/modal-dialog';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { useSessionStore } from '../auth/session-context';
import { BilingualField } from './bilingual-field';
import { CatalogueAlert, useCatalogueApiErrorText } from './catalogue-alert';
import { isStaleError } from './catalogue-error';
import { translatedErrors, useCatalogueErrorText } from './catalogue-validation';
import { cropToBlob, croppedFileName } from './crop-image';
import { pictureTypes } from './gallery-upload';
import {
  emptyHighlightForm,
  highlightFormSchema,
  highlightToFormValues,
  type HighlightBody,
  type HighlightFormValues,
} from './highlight-form-values';
import { canPlaceIn, type SlotState } from './highlight-slots';
import { createHighlight, setHighlightImage, updateHighlight } from './highlights-api';
import { localized } from './localized';
import { PictureCrop, usePictureCrop } from './picture-crop';
import { applyCatalogueServerErrors, knownField } from './server-issues';

export type HighlightDialogMode = { kind: 'create'; slot: HighlightSlot } | { kind: 'edit'; highlight: Highlight };

const fieldIds = {
  'title.pt': 'highlight-title-pt',
  'title.en': 'highlight-title-en',
  'description.pt': 'highlight-description-pt',
  'description.en': 'highlight-description-en',
  experienceId: 'highlight-experience',
} as const satisfies Partial<Record<FieldPath<HighlightFormValues>, string>>;

type FieldName = keyof typeof fieldIds;
const fieldNames = Object.keys(fieldIds) as FieldName[];
const summaryFields = fieldNames.map((name) => ({ name, id: fieldIds[name] }));

/**
 * Creates or edits a highlight: where it appears (full slots are not offered), its texts, the
 * experience it links to and, optionally, a picture cropped to 4:3, sent once the highlight is
 * saved. A refusal because a slot filled up meanwhile is explained, and the page refreshed.
 */
export function HighlightDialog({
  mode,
  slots,
  experiences,
  onDone,
  onStale,
  onClose,
}: {
  mode: HighlightDialogMode;
  slots: readonly SlotState[];
  experiences: readonly ExperienceSummary[];
  onDone: (message: string) => Promise<void>;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const errorText = useCatalogueErrorText();
  const apiErrorText = useCatalogueApiErrorText();
  const session = useSessionStore();
  const [apiError, setApiError] = useState<unknown>();
  const [file, setFile] = useState<File>();
  const picture = usePictureCrop(file);
  const editing = mode.kind === 'edit';
  const current = editing ? mode.highlight.slot : undefined;
  const form = useForm<HighlightFormValues, unknown, HighlightBody>({
    resolver: contractResolver(highlightFormSchema),
    defaultValues: editing ? highlightToFormValues(mode.highlight) : emptyHighlightForm(mode.slot),
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const slotName = (slot: HighlightSlot) => t(`staffCatalogue.highlights.slots.${slot}`);
  const field = (name: FieldName) => ({
    id: fieldIds[name],
    error: errorText(form.getFieldState(name, form.formState).error?.message),
  });

  return (
    <ModalDialog
      heading={
        editing
          ? t('staffCatalogue.highlights.editHeading')
          : t('staffCatalogue.highlights.createHeading', { slot: slotName(mode.slot) })
      }
      onClose={onClose}
      testId="highlight-dialog"
    >
      {(close) => {
        const submit = form.handleSubmit(async (body) => {
          setApiError(undefined);
          if (file && !picture.ready) return;
          let saved: Highlight;
          try {
            saved = editing
              ? await updateHighlight(session, mode.highlight.id, body)
              : await createHighlight(session, body);
          } catch (error) {
            if (!applyCatalogueServerErrors(error, form.setError, knownField(fieldNames))) setApiError(error);
            if (isStaleError(error)) onStale();
            return;
          }
          let pictureError: unknown;
          if (picture.ready) {
            try {
              const blob = await cropToBlob(picture.ready.image, picture.ready.crop);
              await setHighlightImage(session, saved.id, { blob, name: croppedFileName(file?.name ?? '') });
            } catch (error) {
              pictureError = error;
            }
          }
          // An edit can simply be sent again; a creation cannot (it would add a second highlight).
          if (pictureError !== undefined && editing) {
            setApiError(pictureError);
            return;
          }
          close();
          await onDone(
            pictureError !== undefined
              ? t('staffCatalogue.highlights.createdNoPicture', { error: apiErrorText(pictureError) })
              : editing
                ? t('staffCatalogue.highlights.saved')
                : t('staffCatalogue.highlights.created'),
          );
        });

        return (
          <form noValidate onSubmit={submitOnce(isSubmitting, submit)} data-testid="highlight-form">
            <ErrorSummary
              errors={translatedErrors(errors, summaryFields, errorText)}
              fields={summaryFields}
              submitted={submitCount > 0}
            />
            <CatalogueAlert error={apiError} testId="highlight-error" />
            {editing && (
              <SelectField
                id="highlight-slot"
                label={t('staffCatalogue.highlights.slot')}
                hint={t('staffCatalogue.highlights.slotHint')}
                // Full slots are not offered: the API would refuse the move.
                options={slots
                  .filter((state) => canPlaceIn(slots, state.slot, current))
                  .map((state) => ({ value: state.slot, label: slotName(state.slot) }))}
                {...form.register('slot')}
              />
            )}
            <BilingualField
              id="highlight-title"
              label={t('staffCatalogue.highlights.titleField')}
              required
              pt={{ registration: form.register('title.pt'), error: field('title.pt').error }}
              en={{ registration: form.register('title.en'), error: field('title.en').error }}
            />
            <BilingualField
              id="highlight-description"
              label={t('staffCatalogue.highlights.description')}
              required={false}
              multiline
              pt={{ registration: form.register('description.pt'), error: field('description.pt').error }}
              en={{ registration: form.register('description.en'), error: field('description.en').error }}
            />
            <SelectField
              {...field('experienceId')}
              label={t('staffCatalogue.highlights.experience')}
              optional
              options={[
                { value: '', label: t('staffCatalogue.highlights.noExperience') },
                ...experiences.map((experience) => {
                  const inactive = experience.active ? '' : ` (${t('staffCatalogue.inactive')})`;
                  return {
                    value: experience.id,
                    label: `${localized(experience.name, language).text} — ${t(`staffCatalogue.categories.${experience.category}`)}${inactive}`,
                  };
                }),
              ]}
              {...form.register('experienceId')}
            />
            <Field
              id="highlight-file"
              label={t('staffCatalogue.highlights.file')}
              hint={t('staffCatalogue.highlights.fileHint')}
              optional
            >
              <input
                id="highlight-file"
                type="file"
                className="field__control"
                accept={pictureTypes}
                aria-describedby={describedBy('highlight-file', t('staffCatalogue.highlights.fileHint'), undefined)}
                onChange={(event) => setFile(event.target.files?.[0])}
                data-testid="highlight-file"
              />
            </Field>
            <PictureCrop id="highlight-crop" state={picture} />
            <div className="form-actions">
              <button type="submit" className="button" aria-busy={isSubmitting} data-testid="highlight-submit">
                {isSubmitting
                  ? t('form.sending')
                  : editing
                    ? t('staffCatalogue.highlights.submitEdit')
                    : t('staffCatalogue.highlights.submitCreate')}
              </button>
              <button type="button" className="button button--secondary" onClick={close}>
                {t('staffCatalogue.cancel')}
              </button>
            </div>
          </form>
        );
      }}
    </ModalDialog>
  );
}
