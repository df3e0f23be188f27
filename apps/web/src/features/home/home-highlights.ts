import type { Highlight } from '@promata/contracts';
import { useQuery } from '@tanstack/react-query';
import { highlightsQuery } from '../catalogue/highlights-api';

const none: readonly Highlight[] = [];

/**
 * The home page's highlights, or none while they load or when they cannot be loaded: they decorate
 * the page, which must work (and say what the reserve offers) without them.
 */
export function useHomeHighlights(): { carousel: readonly Highlight[]; all: readonly Highlight[] } {
  const query = useQuery(highlightsQuery);
  const all = query.data ?? none;
  return { carousel: all.filter((highlight) => highlight.slot === 'CAROUSEL'), all };
}
