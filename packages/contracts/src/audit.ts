import { z } from 'zod';
import { pageOf } from './pagination.js';
import { roleSchema } from './users.js';

export const auditTargetTypes = [
  'user',
  'document',
  'professor_request',
  'booking',
  'experience',
  'closure',
  'highlight',
] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

export const auditQuerySchema = z.object({
  targetType: z.enum(auditTargetTypes).optional(),
  targetId: z.uuid().optional(),
  actorId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  /** `<target>.<verb>`, e.g. `experience.updated`. */
  action: z.string(),
  targetType: z.string(),
  targetId: z.uuid().nullable(),
  /** null for the system or an account since erased. */
  actor: z.object({ id: z.uuid(), name: z.string(), role: roleSchema }).nullable(),
  /** Facts about the change (ids, changed field names), never personal data. */
  data: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Newest first. */
export const auditPageSchema = pageOf(auditEntrySchema);
export type AuditPage = z.infer<typeof auditPageSchema>;
