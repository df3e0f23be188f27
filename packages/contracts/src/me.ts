import { z } from 'zod';
import { identityDocumentOutputSchema, identityDocumentSchema } from './documents-br.js';
import { localeSchema } from './locale.js';
import { pageOf } from './pagination.js';
import { emailSchema, roleSchema } from './users.js';

export const genders = ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'] as const;
export const genderSchema = z.enum(genders);

export const calendarDateSchema = z.iso.date();

export const addressSchema = z.object({
  street: z.string().trim().max(200).optional(),
  number: z.string().trim().max(20).optional(),
  complement: z.string().trim().max(100).optional(),
  district: z.string().trim().max(100).optional(),
  city: z.string().trim().max(100).optional(),
  state: z.string().trim().max(100).optional(),
  postalCode: z.string().trim().max(20).optional(),
  country: z.string().trim().length(2).toUpperCase().default('BR'),
});

export const professorStatuses = ['NONE', 'PENDING', 'APPROVED', 'REJECTED'] as const;

/** The full profile of the signed-in user (`GET /me`). */
export const profileSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  locale: localeSchema,
  document: identityDocumentOutputSchema.nullable(),
  rg: z.string().nullable(),
  birthDate: calendarDateSchema.nullable(),
  gender: genderSchema.nullable(),
  institution: z.string().nullable(),
  address: addressSchema.nullable(),
  role: roleSchema,
  emailVerified: z.boolean(),
  mfaEnabled: z.boolean(),
  professorStatus: z.enum(professorStatuses),
  createdAt: z.iso.datetime(),
});
export type Profile = z.infer<typeof profileSchema>;

/** What a user may change about themselves: never e-mail, role or verification state. */
export const updateProfileRequestSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[\d\s()-]{8,20}$/, { message: 'must be a phone number' })
      .nullable(),
    locale: localeSchema,
    document: identityDocumentSchema.nullable(),
    rg: z.string().trim().max(30).nullable(),
    birthDate: calendarDateSchema.nullable(),
    gender: genderSchema.nullable(),
    institution: z.string().trim().max(200).nullable(),
    address: addressSchema.nullable(),
  })
  .partial()
  .strict();

export const sessionInfoSchema = z.object({
  id: z.string(),
  device: z.string(),
  ip: z.string().nullable(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime(),
  current: z.boolean(),
});
export const sessionListSchema = z.object({ items: z.array(sessionInfoSchema) });

export const deleteAccountRequestSchema = z.object({ password: z.string().min(1).max(200) });

/** Staff view of a user (`GET /users`, `PATCH /users/:id`). */
export const userSummarySchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  active: z.boolean(),
  emailVerified: z.boolean(),
  mfaEnabled: z.boolean(),
  professorStatus: z.enum(professorStatuses),
  institution: z.string().nullable(),
  /** Anonymised (LGPD erasure): the account row stays for the booking history, the person is gone. */
  erased: z.boolean(),
  createdAt: z.iso.datetime(),
});
export const userPageSchema = pageOf(userSummarySchema);

export const userListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  professorStatus: z.enum(professorStatuses).optional(),
});

export const inviteUserRequestSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  locale: localeSchema.default('pt-BR'),
});

export const updateUserRequestSchema = z.object({ role: roleSchema, active: z.boolean() }).partial().strict();

export const professorDecisionRequestSchema = z.object({
  decision: z.enum(['APPROVE', 'REJECT']),
  message: z.string().trim().max(2000).optional(),
});

/** One entry of the staff's professor verification queue. */
export const professorRequestSchema = z.object({
  id: z.uuid(),
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED']),
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string(), institution: z.string().nullable() }),
  documentId: z.uuid().nullable(),
  message: z.string().nullable(),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export const professorRequestPageSchema = pageOf(professorRequestSchema);
export const professorRequestListQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  status: z.enum(['PENDING', 'APPROVED', 'REJECTED']).default('PENDING'),
});
