import { reserveTimeZone, type AvailabilityResponse } from '@promata/contracts';
import type { Actor } from '../../platform/auth/policy.js';
import type { AppContext } from '../../platform/context.js';
import { findVisibleExperience } from '../experiences/get-experience.js';
import { computeAvailability } from './compute-availability.js';

/**
 * Remaining places per day (per night for HOSTING; the event's days for an EVENT, with its seats)
 * over at most 62 days, and why a day is not open. Two statements: the experience, then the numbers.
 */
export async function getExperienceAvailability(
  { database }: AppContext,
  actor: Actor | undefined,
  experienceId: string,
  range: { from: string; to: string },
  now = new Date(),
): Promise<AvailabilityResponse> {
  const experience = await findVisibleExperience(database.db, actor, experienceId);
  const { today, days } = await computeAvailability(database.db, [experience], range, now);
  return {
    experienceId,
    category: experience.category,
    timeZone: reserveTimeZone,
    today,
    days: days.get(experienceId) ?? [],
  };
}
