import { z } from 'zod';

export const dependencyStatusSchema = z.enum(['up', 'down']);

export const liveResponseSchema = z.object({ status: z.literal('ok') });

/** Readiness: 200 when every dependency answers, 503 (same shape) when one does not. */
export const readyResponseSchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.object({
    database: dependencyStatusSchema,
    redis: dependencyStatusSchema,
  }),
});

export type ReadyResponse = z.infer<typeof readyResponseSchema>;

/** Public facts about the running platform, shown on the home page. */
export const infoResponseSchema = z.object({
  name: z.string(),
  version: z.string(),
  environment: z.enum(['development', 'test', 'production']),
  storage: z.object({
    database: z.enum(['embedded', 'postgres']),
    sessions: z.enum(['in-process', 'redis']),
  }),
  time: z.string().describe('Server time, ISO 8601'),
});

export type InfoResponse = z.infer<typeof infoResponseSchema>;
