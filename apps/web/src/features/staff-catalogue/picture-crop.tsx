import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canCrop, initialCrop, type CropRect, type Size } from './crop-rect';
import { ImageCropper } from './image-cropper';
import { useLoadedImage, type LoadedImage } from './use-loaded-image';

export type PictureCropState = {
  loaded: LoadedImage;
  /** The frame to upload: the user's, or the largest centred 4:3 area until they move it. */
  ready: { image: HTMLImageElement; url: string; size: Size; crop: CropRect } | undefined;
  setCrop: (crop: CropRect) => void;
};

/** A chosen file decoded for cropping, with its frame. */
export function usePictureCrop(file: File | undefined): PictureCropState {
  const loaded = useLoadedImage(file);
  const [chosen, setChosen] = useState<{ url: string; crop: CropRect }>();
  if (loaded.status !== 'ready' || !canCrop(loaded.size)) return { loaded, ready: undefined, setCrop: () => {} };
  const crop = chosen?.url === loaded.url ? chosen.crop : initialCrop(loaded.size);
  return {
    loaded,
    ready: { image: loaded.image, url: loaded.url, size: loaded.size, crop },
    setCrop: (next) => setChosen({ url: loaded.url, crop: next }),
  };
}

/** The cropper of a chosen file, in its three states: decoding, unreadable (or too small), ready. */
export function PictureCrop({ id, state }: { id: string; state: PictureCropState }) {
  const { t } = useTranslation();
  const { loaded, ready, setCrop } = state;
  if (loaded.status === 'none') return null;
  if (loaded.status === 'loading') {
    return (
      <p role="status" className="query-state">
        {t('staffCatalogue.crop.loading')}
      </p>
    );
  }
  if (loaded.status === 'error' || !ready) {
    return (
      <p role="alert" className="form-alert" data-testid="crop-error">
        {loaded.status === 'error' ? t('staffCatalogue.errors.unreadableImage') : t('staffCatalogue.crop.tooSmall')}
      </p>
    );
  }
  return <ImageCropper id={id} url={ready.url} size={ready.size} crop={ready.crop} onChange={setCrop} />;
}
