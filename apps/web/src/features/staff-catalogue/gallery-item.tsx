import type { ExperienceImage } from '@promata/contracts';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/form/text-field';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { sharedMessage, useCatalogueErrorText } from './catalogue-validation';
import { localized } from './localized';
import { PrivateImage } from './private-image';

export type GalleryAction =
  { kind: 'up' | 'down' | 'cover' | 'remove' } | { kind: 'alt'; alt: { pt: string; en: string | null } };

const maxAltLength = 300;

/**
 * One picture of the gallery: its thumbnail (the card crop), its descriptions and its buttons.
 * At either end "move" stays focusable (aria-disabled), so a keyboard user pressing it again does
 * not lose their place.
 */
export function GalleryItem({
  image,
  index,
  count,
  onAction,
}: {
  image: ExperienceImage;
  index: number;
  count: number;
  onAction: (action: GalleryAction) => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const position = index + 1;
  const alt = localized(image.alt, language).text;
  const label = (action: string) => t('staffCatalogue.images.forImage', { action, position });
  const button = (kind: 'up' | 'down' | 'cover', text: string, enabled: boolean) => (
    <button
      id={`gallery-${image.id}-${kind}`}
      type="button"
      className="button button--secondary button--compact"
      aria-disabled={!enabled}
      aria-label={label(text)}
      onClick={() => enabled && onAction({ kind })}
    >
      {text}
    </button>
  );

  return (
    <li className="gallery-item" data-testid="gallery-item" data-image-id={image.id}>
      <PrivateImage
        url={image.variants.card.url}
        alt={
          alt
            ? t('staffCatalogue.images.thumbnailAlt', { position, alt })
            : t('staffCatalogue.images.thumbnailNoAlt', { position })
        }
        width={image.variants.card.width}
        height={image.variants.card.height}
      />
      <div className="gallery-item__body">
        <AltForm
          key={`${image.alt.pt}|${image.alt.en ?? ''}`}
          image={image}
          legend={
            <>
              {t('staffCatalogue.images.position', { position })}
              {index === 0 && <span className="badge"> {t('staffCatalogue.images.cover')}</span>}
            </>
          }
          saveLabel={label(t('staffCatalogue.images.saveAlt'))}
          onSave={(next) => onAction({ kind: 'alt', alt: next })}
        />
        <div className="row-actions">
          {button('up', t('staffCatalogue.images.moveUp'), index > 0)}
          {button('down', t('staffCatalogue.images.moveDown'), index < count - 1)}
          {index > 0 && button('cover', t('staffCatalogue.images.makeCover'), true)}
          <button
            type="button"
            className="button button--danger-outline button--compact"
            aria-label={label(t('staffCatalogue.images.remove'))}
            onClick={() => onAction({ kind: 'remove' })}
          >
            {t('staffCatalogue.images.remove')}
          </button>
        </div>
      </div>
    </li>
  );
}

/** The two descriptions of a picture, saved together (with the gallery's order, in one request). */
function AltForm({
  image,
  legend,
  saveLabel,
  onSave,
}: {
  image: ExperienceImage;
  legend: ReactNode;
  saveLabel: string;
  onSave: (alt: { pt: string; en: string | null }) => void;
}) {
  const { t } = useTranslation();
  const errorText = useCatalogueErrorText();
  const [alt, setAlt] = useState({ pt: image.alt.pt, en: image.alt.en ?? '' });
  const [submitted, setSubmitted] = useState(false);
  const tooLong = (text: string) =>
    submitted && text.trim().length > maxAltLength ? errorText(sharedMessage('tooLong', maxAltLength)) : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (alt.pt.trim().length > maxAltLength || alt.en.trim().length > maxAltLength) return;
    onSave({ pt: alt.pt.trim(), en: alt.en.trim() === '' ? null : alt.en.trim() });
  };

  const id = `gallery-${image.id}`;
  return (
    <form noValidate onSubmit={submit} className="gallery-item__alt">
      <fieldset>
        <legend>{legend}</legend>
        <TextField
          id={`${id}-alt-pt`}
          label={t('staffCatalogue.images.altPt')}
          lang="pt-BR"
          optional
          value={alt.pt}
          error={tooLong(alt.pt)}
          onChange={(event) => setAlt({ ...alt, pt: event.target.value })}
        />
        <TextField
          id={`${id}-alt-en`}
          label={t('staffCatalogue.images.altEn')}
          lang="en"
          optional
          value={alt.en}
          error={tooLong(alt.en)}
          onChange={(event) => setAlt({ ...alt, en: event.target.value })}
        />
        <div className="form-actions">
          <button type="submit" className="button button--secondary button--compact" aria-label={saveLabel}>
            {t('staffCatalogue.images.saveAlt')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
