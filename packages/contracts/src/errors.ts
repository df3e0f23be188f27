import { z } from 'zod';

/**
 * Every machine-readable error code the API may answer with. Clients switch on these, so a code is
 * never renamed; new codes are appended as features need them.
 */
export const errorCodes = [
  'VALIDATION_FAILED',
  'INVALID_JSON',
  'UNSUPPORTED_MEDIA_TYPE',
  'PAYLOAD_TOO_LARGE',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'OVERLOADED',
  'INTERNAL_ERROR',
  'INVALID_CREDENTIALS',
  'EMAIL_NOT_VERIFIED',
  'MFA_REQUIRED',
  'MFA_INVALID',
  'MFA_SETUP_REQUIRED',
  'INVALID_TOKEN',
  'WEAK_PASSWORD',
  'UNSUPPORTED_FILE_TYPE',
  'CAPACITY_EXCEEDED',
  'INVALID_TRANSITION',
  'IDEMPOTENCY_KEY_REUSED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorCodeSchema = z.enum(errorCodes);

/** One offending field of a VALIDATION_FAILED answer: where it is and why it was refused. */
export const validationIssueSchema = z.object({
  path: z.string().describe('Dotted location of the field, prefixed by body, query, params or headers'),
  code: z.string().describe('Machine-readable reason, e.g. too_small, invalid_type'),
  message: z.string(),
});

export type ValidationIssue = z.infer<typeof validationIssueSchema>;

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: errorCodeSchema,
      message: z.string().describe('Human-readable text in the language the client asked for'),
      details: z.unknown().optional(),
    }),
  })
  .describe('Error');

export type ErrorResponse = z.infer<typeof errorResponseSchema>;
