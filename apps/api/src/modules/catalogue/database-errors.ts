/**
 * The constraint a PostgreSQL error is about, when it is one: node-postgres and PGlite both expose
 * the SQLSTATE as `code` and the constraint's name as `constraint`. Use-cases let the database
 * decide (caps, uniqueness, references) and translate its refusal, instead of reading first.
 */
export type ConstraintViolation = {
  kind: 'unique' | 'check' | 'foreign-key';
  constraint: string;
};

const kinds: Record<string, ConstraintViolation['kind']> = {
  '23505': 'unique',
  '23514': 'check',
  '23503': 'foreign-key',
};

export function constraintViolation(error: unknown): ConstraintViolation | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string') return undefined;
  const kind = kinds[error.code];
  if (!kind) return undefined;
  const constraint = 'constraint' in error && typeof error.constraint === 'string' ? error.constraint : '';
  return { kind, constraint };
}
