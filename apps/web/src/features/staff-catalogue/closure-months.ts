import type { Closure } from '@promata/contracts';
import { monthOf } from '../../lib/calendar-date';

/** Closures grouped by the month they start in, in the API's order (soonest first). */
export function groupByMonth(closures: readonly Closure[]): [string, Closure[]][] {
  const groups = new Map<string, Closure[]>();
  for (const closure of closures) {
    const month = monthOf(closure.startsOn);
    groups.set(month, [...(groups.get(month) ?? []), closure]);
  }
  return [...groups];
}
