import type { LocalizedTemplate } from './mail-content.js';

export const passwordChanged: LocalizedTemplate<'password-changed'> = {
  'pt-BR': ({ name }) => ({
    subject: 'Sua senha do Pró-Mata foi alterada',
    name,
    blocks: [
      { kind: 'paragraph', text: 'A senha da sua conta no Pró-Mata foi alterada.' },
      {
        kind: 'paragraph',
        text: 'Por segurança, encerramos todas as outras sessões abertas: nos outros dispositivos, será preciso entrar de novo com a nova senha.',
      },
      {
        kind: 'paragraph',
        text: 'Se não foi você, redefina sua senha agora mesmo pela página de login, na opção “Esqueci minha senha”, e entre em contato com a equipe do Pró-Mata.',
      },
    ],
  }),
  en: ({ name }) => ({
    subject: 'Your Pró-Mata password was changed',
    name,
    blocks: [
      { kind: 'paragraph', text: 'The password of your Pró-Mata account was changed.' },
      {
        kind: 'paragraph',
        text: 'For your security, we signed out all your other sessions: on your other devices you will need to log in again with the new password.',
      },
      {
        kind: 'paragraph',
        text: 'If this was not you, reset your password right away with “Forgot your password?” on the login page, and contact the Pró-Mata team.',
      },
    ],
  }),
};
