import { highlightSlotCapacity, type HighlightSlot } from '@promata/contracts';
import { conflict } from '../../platform/http/app-error.js';
import { constraintViolation } from '../catalogue/database-errors.js';
import { invalidField } from '../catalogue/validation-failed.js';

/**
 * What the database's refusal of a highlight write means to the client: the position check is the
 * cap (409 SLOT_FULL), the unique pair a concurrent writer that bypassed the lock (409), the
 * foreign key an unknown experience (400). Anything else is rethrown.
 */
export function slotRefusal(error: unknown, slot: HighlightSlot): unknown {
  const violation = constraintViolation(error);
  if (violation?.constraint === 'highlights_position_cap') {
    return conflict({ reason: 'SLOT_FULL', slot, max: highlightSlotCapacity[slot] });
  }
  if (violation?.constraint === 'highlights_slot_position_key') return conflict({ reason: 'SLOT_BUSY', slot });
  if (violation?.kind === 'foreign-key' && violation.constraint.includes('experience')) {
    return invalidField('body.experienceId', 'not_found');
  }
  return error;
}
