import type { Highlight } from '@promata/contracts';
import { useTranslation } from 'react-i18next';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import { localized } from './localized';
import { PrivateImage } from './private-image';

export type HighlightAction = 'edit' | 'up' | 'down' | 'remove';

/**
 * One highlight of a slot: its picture (its own, or the linked experience's cover), title,
 * description and link, and its buttons, each named with the highlight's title (WCAG 2.5.3: the
 * visible word first). At either end "move" stays focusable (aria-disabled), so focus is never
 * dropped. Without any picture the public does not see it, and the card says so.
 */
export function HighlightCard({
  highlight,
  index,
  count,
  linkInactive,
  onAction,
}: {
  highlight: Highlight;
  index: number;
  count: number;
  /** The linked experience is inactive: the public does not see this highlight. */
  linkInactive: boolean;
  onAction: (action: HighlightAction) => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const title = localized(highlight.title, language);
  const description = localized(highlight.description, language);
  const label = (action: string) => t('staffCatalogue.highlights.forHighlight', { action, title: title.text });
  const otherLanguage = (lang: string) => (lang === language ? undefined : lang);
  const button = (kind: HighlightAction, text: string, enabled = true, className = 'button--secondary') => (
    <button
      id={`highlight-${highlight.id}-${kind}`}
      type="button"
      className={`button ${className} button--compact`}
      aria-disabled={!enabled}
      aria-label={label(text)}
      onClick={() => enabled && onAction(kind)}
    >
      {text}
    </button>
  );

  return (
    <li className="highlight-card" data-testid="highlight-card" data-highlight-id={highlight.id}>
      {highlight.image && highlight.imageSource === 'EXPERIENCE_COVER' && linkInactive ? (
        // The cover of an inactive experience is for staff only: fetched with the token.
        <PrivateImage
          url={highlight.image.variants.card.url}
          alt=""
          width={highlight.image.variants.card.width}
          height={highlight.image.variants.card.height}
        />
      ) : highlight.image ? (
        <img
          className="thumbnail"
          src={highlight.image.variants.card.url}
          width={highlight.image.variants.card.width}
          height={highlight.image.variants.card.height}
          // The title beside it says what it is about.
          alt=""
        />
      ) : (
        <span className="thumbnail thumbnail--placeholder">{t('staffCatalogue.highlights.noPicture')}</span>
      )}
      <div className="highlight-card__body">
        <h3 lang={otherLanguage(title.lang)}>{title.text}</h3>
        {description.text && <p lang={otherLanguage(description.lang)}>{description.text}</p>}
        <p className="cell-note">
          {highlight.experience
            ? t('staffCatalogue.highlights.linksTo', { name: localized(highlight.experience.name, language).text })
            : t('staffCatalogue.highlights.noLink')}
          {linkInactive && ` ${t('staffCatalogue.highlights.inactiveLink')}`}
        </p>
        {highlight.imageSource === 'EXPERIENCE_COVER' && (
          <p className="cell-note">{t('staffCatalogue.highlights.coverPicture')}</p>
        )}
        {!highlight.image && (
          <p className="callout callout--warning" data-testid="highlight-hidden-notice">
            {t('staffCatalogue.highlights.hiddenNoPicture')}
          </p>
        )}
        <div className="row-actions">
          {button('edit', t('staffCatalogue.highlights.edit'))}
          {button('up', t('staffCatalogue.highlights.moveUp'), index > 0)}
          {button('down', t('staffCatalogue.highlights.moveDown'), index < count - 1)}
          {button('remove', t('staffCatalogue.highlights.remove'), true, 'button--danger-outline')}
        </div>
      </div>
    </li>
  );
}
