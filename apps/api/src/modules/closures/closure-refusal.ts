import { constraintViolation } from '../catalogue/database-errors.js';
import { invalidField } from '../catalogue/validation-failed.js';

/** The foreign key decides whether the experience exists: its violation is a field error. */
export function unknownExperienceRefusal(error: unknown): unknown {
  return constraintViolation(error)?.kind === 'foreign-key' ? invalidField('body.experienceId', 'not_found') : error;
}
