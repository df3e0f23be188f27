import type { Closure } from '@promata/contracts';

/**
 * What a day of the staff calendar shows: nothing closed, some experiences closed, or the whole
 * reserve (which outranks any experience's closure on the same day).
 */
export type ClosureDayState = 'none' | 'experiences' | 'reserve';

export type ClosureDay = { state: ClosureDayState; closures: readonly Closure[] };

/** The closures covering a day (both ends inclusive), in the given order, and the day's state. */
export function closureDayOf(closures: readonly Closure[], date: string): ClosureDay {
  const covering = closures.filter((closure) => closure.startsOn <= date && date <= closure.endsOn);
  if (covering.length === 0) return { state: 'none', closures: covering };
  const reserve = covering.some((closure) => closure.experienceId === null);
  return { state: reserve ? 'reserve' : 'experiences', closures: covering };
}
