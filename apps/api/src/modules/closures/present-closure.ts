import type { Closure } from '@promata/contracts';
import type { Closure as ClosureRow } from '../../platform/db/schema.js';

export function presentClosure(row: ClosureRow): Closure {
  return {
    id: row.id,
    experienceId: row.experience_id,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    reason: { pt: row.reason_pt, en: row.reason_en },
    createdAt: row.created_at.toISOString(),
  };
}
