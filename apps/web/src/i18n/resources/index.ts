import type { Language } from '../languages';
import { en } from './en';
import { ptBR, type Messages } from './pt-br';

export type { Messages } from './pt-br';

/** i18next resources: one `translation` namespace per language. */
export const resources = {
  'pt-BR': { translation: ptBR },
  en: { translation: en },
} as const satisfies Record<Language, { translation: Messages }>;
