import { z } from 'zod';

/** Languages of every user-facing text; pt-BR is the default, en is complete. */
export const locales = ['pt-BR', 'en'] as const;
export type Locale = (typeof locales)[number];
export const localeSchema = z.enum(locales);
export const defaultLocale: Locale = 'pt-BR';
