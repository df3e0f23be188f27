import { z } from 'zod';
import { calendarDateSchema } from '../me.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { localizedTextSchema, optionalText, requiredText } from './common.js';

export const closureSchema = z.object({
  id: z.uuid(),
  /** null: the whole reserve is closed. */
  experienceId: z.uuid().nullable(),
  startsOn: calendarDateSchema,
  endsOn: calendarDateSchema,
  reason: localizedTextSchema,
  createdAt: z.iso.datetime(),
});
export type Closure = z.infer<typeof closureSchema>;
export const closurePageSchema = pageOf(closureSchema);
const closureFields = {
  experienceId: z.uuid().nullable(),
  startsOn: calendarDateSchema,
  endsOn: calendarDateSchema,
  reason: z.object({ pt: requiredText(500), en: optionalText(500) }),
};
const endsOnOrAfterStart = (c: { startsOn?: string | undefined; endsOn?: string | undefined }) =>
  c.startsOn === undefined || c.endsOn === undefined || c.endsOn >= c.startsOn;
const endsOnOrder = { message: 'must not be before startsOn', path: ['endsOn'] };

export const createClosureRequestSchema = z
  .strictObject({ ...closureFields, experienceId: closureFields.experienceId.default(null) })
  .refine(endsOnOrAfterStart, endsOnOrder);
export type CreateClosureRequest = z.input<typeof createClosureRequestSchema>;

/**
 * A change to a closure: any of its fields (`reason` is replaced whole). When only one of the dates
 * is sent, the order is checked by the API against the stored other one.
 */
export const updateClosureRequestSchema = z
  .strictObject(closureFields)
  .partial()
  .refine(endsOnOrAfterStart, endsOnOrder);
export type UpdateClosureRequest = z.input<typeof updateClosureRequestSchema>;

/** The closure and how many bookings holding places overlap it (staff may need to contact them). */
export const createClosureResponseSchema = closureSchema.extend({ overlappingBookings: z.number().int() });
export const updateClosureResponseSchema = createClosureResponseSchema;
export const closureListQuerySchema = pageQuerySchema.extend({
  from: calendarDateSchema.optional().describe('Closures ending on or after this day; default today'),
  to: calendarDateSchema.optional().describe('Closures starting on or before this day'),
  experienceId: z.uuid().optional().describe("That experience's closures and the whole reserve's"),
});
export type ClosureListQuery = z.input<typeof closureListQuerySchema>;
