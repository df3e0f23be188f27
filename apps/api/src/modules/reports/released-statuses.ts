import { sql } from 'kysely';
import { releasedBookingStatuses } from '../availability/holding-statuses.js';

/** `'REJECTED', 'CANCELED', 'EXPIRED'` for `not in (…)`: reports count what holds places, like availability. */
export const releasedStatusList = sql.join(releasedBookingStatuses.map((status) => sql.lit(status)));
