import type { LocalizedTemplate } from './mail-content.js';
import { staffMessage } from './staff-message.js';

export const professorRejected: LocalizedTemplate<'professor-rejected'> = {
  'pt-BR': ({ name, message }) => ({
    subject: 'Sobre o seu pedido de verificação de professor(a)',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'A equipe do Pró-Mata analisou o documento que você enviou e, por enquanto, não foi possível aprovar o seu perfil de professor(a).',
      },
      ...staffMessage('pt-BR', message),
      {
        kind: 'paragraph',
        text: 'Você pode enviar um novo documento pelo seu perfil na plataforma. Sua conta continua ativa e você pode seguir fazendo reservas normalmente.',
      },
    ],
  }),
  en: ({ name, message }) => ({
    subject: 'About your professor verification request',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'The Pró-Mata team reviewed the document you sent and could not approve your professor profile for now.',
      },
      ...staffMessage('en', message),
      {
        kind: 'paragraph',
        text: 'You can send a new document from your profile on the platform. Your account stays active and you can keep making bookings as usual.',
      },
    ],
  }),
};
