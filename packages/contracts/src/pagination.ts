import { z } from 'zod';

export const maxPageSize = 100;

/** Query parameters shared by every list endpoint (1-based page). */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(maxPageSize).default(20),
});

export type PageQuery = z.infer<typeof pageQuerySchema>;

/** The envelope of every list response: `{ items, page, pageSize, total }`. */
export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(maxPageSize),
    total: z.number().int().min(0),
  });
}

export type Page<Item> = { items: Item[]; page: number; pageSize: number; total: number };
