import type { LocalizedTemplate } from './mail-content.js';
import { roleNames } from './role-names.js';

export const invitation: LocalizedTemplate<'invitation'> = {
  'pt-BR': ({ name, url, role }) => ({
    subject: 'Seu convite para a plataforma do Pró-Mata',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: `A equipe do Pró-Mata criou uma conta para você na plataforma de reservas, com o perfil ${roleNames['pt-BR'][role]}.`,
      },
      { kind: 'paragraph', text: 'Para começar, é só definir a sua senha:' },
      { kind: 'button', label: 'Definir minha senha', url },
      {
        kind: 'note',
        text: 'Este link vale por 72 horas. Se ele expirar, peça um novo convite à equipe do Pró-Mata. Se você não esperava este convite, pode ignorar esta mensagem.',
      },
    ],
  }),
  en: ({ name, url, role }) => ({
    subject: 'Your invitation to the Pró-Mata platform',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: `The Pró-Mata team created an account for you on the booking platform, with the role ${roleNames.en[role]}.`,
      },
      { kind: 'paragraph', text: 'To get started, just set your password:' },
      { kind: 'button', label: 'Set my password', url },
      {
        kind: 'note',
        text: 'This link is valid for 72 hours. If it expires, ask the Pró-Mata team for a new invitation. If you were not expecting this invitation, you can ignore this e-mail.',
      },
    ],
  }),
};
