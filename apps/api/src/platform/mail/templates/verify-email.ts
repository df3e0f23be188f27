import type { LocalizedTemplate } from './mail-content.js';

export const verifyEmail: LocalizedTemplate<'verify-email'> = {
  'pt-BR': ({ name, url }) => ({
    subject: 'Confirme seu e-mail no Pró-Mata',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Que bom ter você por aqui! Para ativar sua conta na plataforma do Pró-Mata, falta só confirmar o seu endereço de e-mail.',
      },
      { kind: 'button', label: 'Confirmar meu e-mail', url },
      {
        kind: 'note',
        text: 'Este link vale por 24 horas. Se você não criou uma conta no Pró-Mata, pode ignorar esta mensagem com tranquilidade.',
      },
    ],
  }),
  en: ({ name, url }) => ({
    subject: 'Confirm your e-mail address for Pró-Mata',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Welcome! To activate your account on the Pró-Mata platform, all that is left is to confirm your e-mail address.',
      },
      { kind: 'button', label: 'Confirm my e-mail', url },
      {
        kind: 'note',
        text: 'This link is valid for 24 hours. If you did not create a Pró-Mata account, you can safely ignore this e-mail.',
      },
    ],
  }),
};
