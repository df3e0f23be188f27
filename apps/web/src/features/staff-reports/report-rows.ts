import {
  experienceCategories,
  type ExperienceCategory,
  type OccupancyReport,
  type RevenueReport,
  type VisitorsReport,
} from '@promata/contracts';

/** Capacity and taken summed over every experience, per month: the chart's line of the rate. */
export type MonthOccupancy = { month: string; capacity: number; taken: number; rate: number | null };

export function occupancyByMonth(report: OccupancyReport): MonthOccupancy[] {
  const months = new Map<string, MonthOccupancy>();
  for (const row of report.rows) {
    const month = months.get(row.month) ?? { month: row.month, capacity: 0, taken: 0, rate: null };
    month.capacity += row.capacity;
    month.taken += row.taken;
    months.set(row.month, month);
  }
  return [...months.values()]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((month) => ({ ...month, rate: month.capacity > 0 ? month.taken / month.capacity : null }));
}

export function occupancyTotals(report: OccupancyReport): { capacity: number; taken: number; rate: number | null } {
  const capacity = report.rows.reduce((sum, row) => sum + row.capacity, 0);
  const taken = report.rows.reduce((sum, row) => sum + row.taken, 0);
  return { capacity, taken, rate: capacity > 0 ? taken / capacity : null };
}

/** One row per month with a column per category (zeros filled) and the month's total. */
export type VisitorsMonth = { month: string; total: number } & Record<ExperienceCategory, number>;

export function visitorsByMonth(report: VisitorsReport): VisitorsMonth[] {
  const months = new Map<string, VisitorsMonth>();
  for (const row of report.rows) {
    const month =
      months.get(row.month) ??
      ({ month: row.month, total: 0, TRAIL: 0, HOSTING: 0, LABORATORY: 0, EVENT: 0 } satisfies VisitorsMonth);
    month[row.category] += row.people;
    month.total += row.people;
    months.set(row.month, month);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Categories that had anyone in the range (the chart draws a series only for those). */
export function visitedCategories(months: readonly VisitorsMonth[]): ExperienceCategory[] {
  return experienceCategories.filter((category) => months.some((month) => month[category] > 0));
}

/** A part of a whole as a fraction, 0 for an empty whole (never NaN in a table). */
export const shareOf = (count: number, total: number): number => (total > 0 ? count / total : 0);

export function revenueTotals(report: RevenueReport): { quotedCents: number; approvedCents: number } {
  return {
    quotedCents: report.rows.reduce((sum, row) => sum + row.quotedCents, 0),
    approvedCents: report.rows.reduce((sum, row) => sum + row.approvedCents, 0),
  };
}
