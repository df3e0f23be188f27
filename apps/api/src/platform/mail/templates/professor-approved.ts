import type { LocalizedTemplate } from './mail-content.js';
import { staffMessage } from './staff-message.js';

export const professorApproved: LocalizedTemplate<'professor-approved'> = {
  'pt-BR': ({ name, message }) => ({
    subject: 'Seu perfil de professor(a) foi aprovado',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Boa notícia: a equipe do Pró-Mata analisou o seu documento e aprovou o seu perfil de professor(a).',
      },
      ...staffMessage('pt-BR', message),
      {
        kind: 'paragraph',
        text: 'A partir de agora, você tem acesso aos preços e isenções para professores e pode reservar os laboratórios que exigem verificação.',
      },
    ],
  }),
  en: ({ name, message }) => ({
    subject: 'Your professor profile was approved',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Good news: the Pró-Mata team reviewed your document and approved your professor profile.',
      },
      ...staffMessage('en', message),
      {
        kind: 'paragraph',
        text: 'From now on you get professor prices and exemptions, and you can book the laboratories that require verification.',
      },
    ],
  }),
};
