import type { Experience } from '@promata/contracts';
import { useQueries } from '@tanstack/react-query';
import { experienceQuery } from '../catalogue/catalogue-queries';

/** The published experiences of the cart's lines, by id (missing while loading or when gone). */
export function useCartExperiences(ids: readonly string[]): ReadonlyMap<string, Experience> {
  const unique = [...new Set(ids)];
  return useQueries({
    queries: unique.map((id) => experienceQuery(id)),
    combine: (results) =>
      new Map(results.flatMap((result, index) => (result.data ? [[unique[index] ?? '', result.data] as const] : []))),
  });
}
