import type { ExperienceImage } from '@promata/contracts';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, Field } from '../../components/form/field';
import { TextField } from '../../components/form/text-field';
import { ModalDialog } from '../../components/modal-dialog';
import { useSessionStore } from '../auth/session-context';
import { CatalogueAlert } from './catalogue-alert';
import { isStaleError } from './catalogue-error';
import { sharedMessage, useCatalogueErrorText } from './catalogue-validation';
import { cropToBlob, croppedFileName } from './crop-image';
import { uploadExperienceImage } from './experiences-api';
import { PictureCrop, usePictureCrop } from './picture-crop';

/** What the API accepts; it sniffs the bytes anyway, and re-encodes what the canvas produces. */
export const pictureTypes = 'image/jpeg,image/png,image/webp';
const maxAltLength = 300;

/**
 * "Add a picture": choosing a file opens a dialog with the crop frame and the two descriptions;
 * the framed part is cut on a canvas and uploaded. Closing the dialog clears the choice, so the
 * same file can be chosen again.
 */
export function GalleryUpload({
  experienceId,
  onUploaded,
  onStale,
}: {
  experienceId: string;
  onUploaded: (image: ExperienceImage) => Promise<void>;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File>();
  const hint = t('staffCatalogue.images.addHint');

  return (
    <div className="gallery-upload">
      <Field id="gallery-file" label={t('staffCatalogue.images.add')} hint={hint}>
        <input
          id="gallery-file"
          ref={inputRef}
          type="file"
          className="field__control"
          accept={pictureTypes}
          aria-describedby={describedBy('gallery-file', hint, undefined)}
          onChange={(event) => setFile(event.target.files?.[0])}
          data-testid="gallery-file"
        />
      </Field>
      {file && (
        <UploadDialog
          file={file}
          experienceId={experienceId}
          onUploaded={onUploaded}
          onStale={onStale}
          onClose={() => {
            setFile(undefined);
            if (inputRef.current) inputRef.current.value = '';
          }}
        />
      )}
    </div>
  );
}

function UploadDialog({
  file,
  experienceId,
  onUploaded,
  onStale,
  onClose,
}: {
  file: File;
  experienceId: string;
  onUploaded: (image: ExperienceImage) => Promise<void>;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorText();
  const session = useSessionStore();
  const picture = usePictureCrop(file);
  const [alt, setAlt] = useState({ pt: '', en: '' });
  const [apiError, setApiError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const tooLong = (text: string) =>
    text.trim().length > maxAltLength ? errorText(sharedMessage('tooLong', maxAltLength)) : undefined;

  return (
    <ModalDialog
      heading={t('staffCatalogue.crop.heading')}
      description={<p>{t('staffCatalogue.crop.intro')}</p>}
      onClose={onClose}
      testId="crop-dialog"
    >
      {(close) => {
        const upload = async () => {
          const ready = picture.ready;
          if (busy || !ready || tooLong(alt.pt) || tooLong(alt.en)) return;
          setBusy(true);
          setApiError(undefined);
          try {
            const blob = await cropToBlob(ready.image, ready.crop);
            const image = await uploadExperienceImage(
              session,
              experienceId,
              { blob, name: croppedFileName(file.name) },
              alt,
            );
            close();
            await onUploaded(image);
          } catch (error) {
            setApiError(error);
            if (isStaleError(error)) onStale();
          } finally {
            setBusy(false);
          }
        };
        return (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void upload();
            }}
          >
            <PictureCrop id="gallery-crop" state={picture} />
            <TextField
              id="gallery-alt-pt"
              label={t('staffCatalogue.images.altPt')}
              hint={t('staffCatalogue.images.altHint')}
              lang="pt-BR"
              optional
              value={alt.pt}
              error={tooLong(alt.pt)}
              onChange={(event) => setAlt({ ...alt, pt: event.target.value })}
            />
            <TextField
              id="gallery-alt-en"
              label={t('staffCatalogue.images.altEn')}
              lang="en"
              optional
              value={alt.en}
              error={tooLong(alt.en)}
              onChange={(event) => setAlt({ ...alt, en: event.target.value })}
            />
            <CatalogueAlert error={apiError} testId="upload-error" />
            <div className="form-actions">
              {picture.ready && (
                <button type="submit" className="button" aria-busy={busy} data-testid="crop-upload">
                  {busy ? t('form.sending') : t('staffCatalogue.crop.upload')}
                </button>
              )}
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
