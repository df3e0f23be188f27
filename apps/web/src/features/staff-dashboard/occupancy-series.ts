import type { Dashboard } from '@promata/contracts';

export type OccupancyDay = { date: string; capacity: number; taken: number };

/** The chosen experiences' days summed per date (all of them when none is chosen). */
export function occupancySeries(occupancy: Dashboard['occupancy'], experienceId?: string): OccupancyDay[] {
  const chosen = experienceId ? occupancy.filter((row) => row.experience.id === experienceId) : occupancy;
  const days = new Map<string, OccupancyDay>();
  for (const row of chosen) {
    for (const day of row.days) {
      const sum = days.get(day.date) ?? { date: day.date, capacity: 0, taken: 0 };
      sum.capacity += day.capacity;
      sum.taken += day.taken;
      days.set(day.date, sum);
    }
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The figures a screen reader hears instead of the chart: totals and the busiest day. */
export function occupancySummary(days: readonly OccupancyDay[]): {
  capacity: number;
  taken: number;
  rate: number | null;
  busiest: OccupancyDay | undefined;
} {
  const capacity = days.reduce((sum, day) => sum + day.capacity, 0);
  const taken = days.reduce((sum, day) => sum + day.taken, 0);
  const busiest = days.reduce<OccupancyDay | undefined>(
    (best, day) => (day.taken > 0 && (!best || day.taken > best.taken) ? day : best),
    undefined,
  );
  return { capacity, taken, rate: capacity > 0 ? taken / capacity : null, busiest };
}

/** How long a booking has waited, in the unit staff read at a glance: hours under two days, then days. */
export function waitingAge(hours: number): { unit: 'hours' | 'days'; count: number } {
  return hours < 48 ? { unit: 'hours', count: hours } : { unit: 'days', count: Math.floor(hours / 24) };
}
