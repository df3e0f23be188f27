import type { Highlight } from '@promata/contracts';
import { Link } from '@tanstack/react-router';
import { langIfDifferent, pickText } from '../catalogue/localized-text';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import '../../styles/highlights.css';

/** Staff's picks for one category: a thumbnail, a title (a link when it names an experience), a line. */
export function CategoryHighlights({ label, highlights }: { label: string; highlights: readonly Highlight[] }) {
  const language = useCurrentLanguage();
  if (highlights.length === 0) return null;
  return (
    <ul className="category-highlights" aria-label={label}>
      {highlights.map((highlight) => {
        const title = pickText(highlight.title, language);
        const description = pickText(highlight.description, language);
        return (
          <li key={highlight.id} className="category-highlight" data-testid="category-highlight">
            {highlight.image && (
              // Decorative: the title next to it names what it shows.
              <img
                className="category-highlight__image"
                src={highlight.image.variants.card.url}
                width={highlight.image.variants.card.width}
                height={highlight.image.variants.card.height}
                alt=""
                loading="lazy"
                decoding="async"
              />
            )}
            <div>
              <h4 className="category-highlight__title" lang={langIfDifferent(title, language)}>
                {highlight.experience ? (
                  <Link to="/experiences/$experienceId" params={{ experienceId: highlight.experience.id }}>
                    {title?.text}
                  </Link>
                ) : (
                  title?.text
                )}
              </h4>
              {description && (
                <p className="category-highlight__text" lang={langIfDifferent(description, language)}>
                  {description.text}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
