import type { Messages } from './pt-br';

/** English texts. `satisfies Messages` refuses a missing or an extra key at compile time. */
export const en = {
  app: {
    name: 'Pró-Mata',
    fullName: 'Pró-Mata Research and Nature Conservation Centre',
  },
  language: {
    label: 'Language',
    // Autonyms: each language is named in itself, so these are the same in every file.
    names: {
      'pt-BR': 'Português (Brasil)',
      en: 'English',
    },
  },
  layout: {
    skipToContent: 'Skip to main content',
    homeLink: 'Pró-Mata, home page',
    primaryNavigation: 'Main navigation',
    nav: {
      home: 'Home',
      apiDocs: 'API documentation',
    },
    footer: {
      about: 'A research and nature conservation centre run by a university.',
      location: 'São Francisco de Paula, Rio Grande do Sul, Brazil',
    },
  },
  home: {
    title: 'Home',
    hero: {
      eyebrow: 'Nature reserve in Rio Grande do Sul',
      heading: 'Welcome to Pró-Mata',
      text: 'Pró-Mata is a research and nature conservation centre in the Atlantic Forest of Rio Grande do Sul, Brazil. Walk our trails, stay at the reserve, use the laboratories and join our events.',
    },
    categories: {
      heading: 'What you can do here',
      trails: {
        title: 'Trails',
        description: 'Guided walks through grasslands and araucaria forests, from easy to challenging.',
      },
      lodging: {
        title: 'Lodging',
        description: 'Accommodation inside the reserve for groups, researchers and visitors.',
      },
      laboratories: {
        title: 'Laboratories',
        description: 'Facilities for practical classes and field research projects.',
      },
      events: {
        title: 'Events',
        description: 'Courses, field trips, seminars and environmental education activities.',
      },
    },
  },
  platform: {
    heading: 'Platform status',
    loading: 'Checking the platform status…',
    error: 'The platform status could not be retrieved. Please try again in a moment.',
    retry: 'Try again',
    docsLink: 'Read the API documentation',
    status: {
      ready: 'API is up',
      unavailable: 'API is partially unavailable',
    },
    fields: {
      version: 'Version',
      environment: 'Environment',
      database: 'Database',
      sessions: 'Session store',
      serverTime: 'Server time (Brasília time)',
    },
    environments: {
      development: 'Development',
      test: 'Test',
      production: 'Production',
    },
    databases: {
      embedded: 'Embedded PostgreSQL (PGlite)',
      postgres: 'PostgreSQL',
    },
    sessionStores: {
      'in-process': 'Process memory',
      redis: 'Redis',
    },
    checks: {
      heading: 'Dependency checks',
      database: 'Database',
      redis: 'Redis',
      up: 'up',
      down: 'down',
    },
  },
  notFound: {
    title: 'Page not found',
    heading: 'Page not found',
    text: 'The address you opened does not exist or has moved.',
    backHome: 'Back to the home page',
  },
} satisfies Messages;
