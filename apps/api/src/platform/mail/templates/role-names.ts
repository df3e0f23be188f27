import type { Locale, Role } from '@promata/contracts';

/** Role names as people read them; ROOT is the system owner, not a technical "root". */
export const roleNames: Record<Locale, Record<Role, string>> = {
  'pt-BR': {
    GUEST: 'Visitante',
    PROFESSOR: 'Professor(a)',
    ADMIN: 'Administrador(a)',
    ROOT: 'Superusuário(a)',
  },
  en: {
    GUEST: 'Visitor',
    PROFESSOR: 'Professor',
    ADMIN: 'Administrator',
    ROOT: 'Owner',
  },
};
