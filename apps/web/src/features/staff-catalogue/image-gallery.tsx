import {
  maxImagesPerExperience,
  type ArrangeImagesRequest,
  type Experience,
  type ExperienceImage,
} from '@promata/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSuccess } from '../../components/form/form-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { useSessionStore } from '../auth/session-context';
import { CatalogueAlert } from './catalogue-alert';
import { isStaleError } from './catalogue-error';
import { arrangeExperienceImages, deleteExperienceImage } from './experiences-api';
import { GalleryItem, type GalleryAction } from './gallery-item';
import { GalleryUpload } from './gallery-upload';
import { arrangement } from './gallery-arrangement';
import { focusAfterRender, moveItem } from './reorder';

/**
 * The experience's pictures, in order (the first is the cover): upload with crop, move up and
 * down, make one the cover, edit the descriptions, delete. Every reorder sends the whole gallery
 * in one request, which the API applies atomically (or refuses whole when someone else changed it).
 */
export function ImageGallery({
  experience,
  onImages,
  onRefresh,
}: {
  experience: Experience;
  /** The gallery as the API now has it, to update the page's data without fetching again. */
  onImages: (images: ExperienceImage[]) => void;
  /** Fetches the experience again: after an upload, or when a refusal shows the page is stale. */
  onRefresh: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const session = useSessionStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState<string>();
  const [removing, setRemoving] = useState<{ image: ExperienceImage; position: number }>();
  const images = experience.images;

  const run = async (action: () => Promise<string>) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setMessage(undefined);
    try {
      setMessage(await action());
    } catch (caught) {
      setError(caught);
      if (isStaleError(caught)) await onRefresh();
    } finally {
      setBusy(false);
    }
  };

  const arrange = (body: ArrangeImagesRequest, done: string, focusId?: string) =>
    run(async () => {
      onImages(await arrangeExperienceImages(session, experience.id, body));
      // The reordered item may have lost focus while React moved it: give it back.
      if (focusId) focusAfterRender(focusId);
      return done;
    });

  const act = (action: GalleryAction, image: ExperienceImage, index: number) => {
    if (action.kind === 'remove') {
      setRemoving({ image, position: index + 1 });
      return;
    }
    if (action.kind === 'alt') {
      void arrange(arrangement(images, { id: image.id, alt: action.alt }), t('staffCatalogue.images.altSaved'));
      return;
    }
    const to = action.kind === 'cover' ? 0 : index + (action.kind === 'up' ? -1 : 1);
    if (to < 0 || to >= images.length) return;
    const reordered = moveItem(images, index, to);
    const done =
      action.kind === 'cover'
        ? t('staffCatalogue.images.coverSet')
        : t('staffCatalogue.images.moved', { position: to + 1 });
    // After "make cover" that button is gone: focus goes to the same picture's "move down".
    const focus = action.kind === 'cover' ? 'down' : action.kind;
    void arrange(arrangement(reordered), done, `gallery-${image.id}-${focus}`);
  };

  return (
    <section className="account-section" aria-labelledby="gallery-heading" data-testid="gallery">
      <h2 id="gallery-heading" tabIndex={-1} className="focus-target">
        {t('staffCatalogue.images.heading')}
      </h2>
      <p>{t('staffCatalogue.images.intro', { max: maxImagesPerExperience })}</p>
      <p data-testid="gallery-count">
        {images.length === 0
          ? t('staffCatalogue.images.empty')
          : t('staffCatalogue.images.count', { count: images.length, max: maxImagesPerExperience })}
      </p>
      <CatalogueAlert error={error} testId="gallery-error" />
      <FormSuccess message={message} testId="gallery-result" />
      {images.length > 0 && (
        <ol className="gallery" aria-label={t('staffCatalogue.images.listLabel')} aria-busy={busy}>
          {images.map((image, index) => (
            <GalleryItem
              key={image.id}
              image={image}
              index={index}
              count={images.length}
              onAction={(action) => act(action, image, index)}
            />
          ))}
        </ol>
      )}
      {images.length < maxImagesPerExperience ? (
        <GalleryUpload
          experienceId={experience.id}
          onStale={() => void onRefresh()}
          onUploaded={async () => {
            setError(undefined);
            setMessage(t('staffCatalogue.images.uploaded'));
            await onRefresh();
          }}
        />
      ) : (
        <p className="callout">{t('staffCatalogue.images.full')}</p>
      )}
      {removing && (
        <RemoveImageDialog
          position={removing.position}
          onClose={() => setRemoving(undefined)}
          onConfirm={() =>
            run(async () => {
              await deleteExperienceImage(session, experience.id, removing.image.id);
              await onRefresh();
              // The picture and its buttons are gone: focus goes back to the gallery's heading.
              focusAfterRender('gallery-heading');
              return t('staffCatalogue.images.removed');
            })
          }
        />
      )}
    </section>
  );
}

function RemoveImageDialog({
  position,
  onClose,
  onConfirm,
}: {
  position: number;
  onClose: () => void;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      heading={t('staffCatalogue.images.removeHeading', { position })}
      description={<p>{t('staffCatalogue.images.removeText')}</p>}
      onClose={onClose}
      testId="remove-image-dialog"
    >
      {(close) => (
        <div className="form-actions">
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              close();
              void onConfirm();
            }}
          >
            {t('staffCatalogue.images.removeConfirm')}
          </button>
          <button type="button" className="button button--secondary" data-autofocus onClick={close}>
            {t('staffCatalogue.cancel')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
