import { useTranslation } from 'react-i18next';
import { usePrivateImage } from './use-private-image';

/** A gallery picture for staff (fetched with the token), or a placeholder while it loads or fails. */
export function PrivateImage({ url, alt, width, height }: { url: string; alt: string; width: number; height: number }) {
  return <PrivateImageContent key={url} url={url} alt={alt} width={width} height={height} />;
}

function PrivateImageContent({ url, alt, width, height }: { url: string; alt: string; width: number; height: number }) {
  const { t } = useTranslation();
  const state = usePrivateImage(url);
  if (state.status === 'ready') {
    return <img className="thumbnail" src={state.src} alt={alt} width={width} height={height} />;
  }
  return (
    <span className="thumbnail thumbnail--placeholder">
      {state.status === 'error' ? t('staffCatalogue.images.loadError') : t('form.loading')}
    </span>
  );
}
