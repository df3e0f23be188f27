/**
 * Brazilian Portuguese texts: the reference language. Every other language must have exactly the
 * same keys (checked by the `satisfies Messages` clause in each language file).
 */
export const ptBR = {
  app: {
    name: 'Pró-Mata',
    fullName: 'Centro de Pesquisas e Conservação da Natureza Pró-Mata',
  },
  language: {
    label: 'Idioma',
    // Autonyms: each language is named in itself, so these are the same in every file.
    names: {
      'pt-BR': 'Português (Brasil)',
      en: 'English',
    },
  },
  layout: {
    skipToContent: 'Pular para o conteúdo principal',
    homeLink: 'Pró-Mata, página inicial',
    primaryNavigation: 'Navegação principal',
    nav: {
      home: 'Início',
      apiDocs: 'Documentação da API',
    },
    footer: {
      about: 'Um centro de pesquisa e conservação da natureza mantido por uma universidade.',
      location: 'São Francisco de Paula, Rio Grande do Sul, Brasil',
    },
  },
  home: {
    title: 'Início',
    hero: {
      eyebrow: 'Reserva natural no Rio Grande do Sul',
      heading: 'Boas-vindas ao Pró-Mata',
      text: 'O Pró-Mata é um centro de pesquisa e conservação da natureza em plena Mata Atlântica, no Rio Grande do Sul. Caminhe pelas nossas trilhas, hospede-se na reserva, use os laboratórios e participe dos eventos.',
    },
    categories: {
      heading: 'O que você pode fazer aqui',
      trails: {
        title: 'Trilhas',
        description: 'Percursos guiados por campos e matas de araucária, de leves a desafiadores.',
      },
      lodging: {
        title: 'Hospedagem',
        description: 'Alojamentos dentro da reserva para grupos, pesquisadores e visitantes.',
      },
      laboratories: {
        title: 'Laboratórios',
        description: 'Estrutura para aulas práticas e projetos de pesquisa em campo.',
      },
      events: {
        title: 'Eventos',
        description: 'Cursos, saídas de campo, seminários e atividades de educação ambiental.',
      },
    },
  },
  platform: {
    heading: 'Estado da plataforma',
    loading: 'Consultando o estado da plataforma…',
    error: 'Não foi possível consultar o estado da plataforma. Tente novamente em instantes.',
    retry: 'Tentar novamente',
    docsLink: 'Ver a documentação da API',
    status: {
      ready: 'API em funcionamento',
      unavailable: 'API com indisponibilidade parcial',
    },
    fields: {
      version: 'Versão',
      environment: 'Ambiente',
      database: 'Banco de dados',
      sessions: 'Armazenamento de sessões',
      serverTime: 'Hora do servidor (horário de Brasília)',
    },
    environments: {
      development: 'Desenvolvimento',
      test: 'Teste',
      production: 'Produção',
    },
    databases: {
      embedded: 'PostgreSQL embutido (PGlite)',
      postgres: 'PostgreSQL',
    },
    sessionStores: {
      'in-process': 'Memória do processo',
      redis: 'Redis',
    },
    checks: {
      heading: 'Verificações de dependências',
      database: 'Banco de dados',
      redis: 'Redis',
      up: 'funcionando',
      down: 'fora do ar',
    },
  },
  notFound: {
    title: 'Página não encontrada',
    heading: 'Página não encontrada',
    text: 'O endereço que você acessou não existe ou foi movido.',
    backHome: 'Voltar para a página inicial',
  },
};

/** The shape every language must have: the same keys as pt-BR, any string values. */
export type Messages = typeof ptBR;
