import type { ExperienceCategory } from '@promata/contracts';

export type Category = 'trails' | 'lodging' | 'laboratories' | 'events';

/** The icon (and home page card) of each category of the API. */
export const categoryOf: Record<ExperienceCategory, Category> = {
  TRAIL: 'trails',
  HOSTING: 'lodging',
  LABORATORY: 'laboratories',
  EVENT: 'events',
};

/** Simple stroke drawings (24×24) inlined: no icon library, no extra request. */
const paths: Record<Category, string> = {
  // A mountain with a winding path.
  trails: 'M3 20 10 7l4 7 2-3 5 9H3zM9 20c1-2 3-2 3-4s2-2 2-3',
  // A house with a door.
  lodging: 'M3 11 12 4l9 7M5 9.5V20h14V9.5M10 20v-5h4v5',
  // A laboratory flask.
  laboratories: 'M9 3h6M10 3v6l-5 9a2 2 0 0 0 1.7 3h10.6a2 2 0 0 0 1.7-3l-5-9V3M7.5 15h9',
  // A calendar.
  events: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h3v3H8z',
};

export function CategoryIcon({
  category,
  className = 'category-card__icon',
  size = 28,
}: {
  category: Category;
  className?: string;
  size?: number;
}) {
  return (
    <span className={className} aria-hidden="true">
      <svg viewBox="0 0 24 24" width={size} height={size} focusable="false">
        <path
          d={paths[category]}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}
