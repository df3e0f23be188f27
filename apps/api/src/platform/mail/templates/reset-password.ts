import type { LocalizedTemplate } from './mail-content.js';

export const resetPassword: LocalizedTemplate<'reset-password'> = {
  'pt-BR': ({ name, url }) => ({
    subject: 'Redefinição da sua senha no Pró-Mata',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Recebemos um pedido para redefinir a senha da sua conta no Pró-Mata. Para escolher uma nova senha, use o botão abaixo.',
      },
      { kind: 'button', label: 'Escolher uma nova senha', url },
      { kind: 'note', text: 'Este link vale por 1 hora e só pode ser usado uma vez.' },
      {
        kind: 'paragraph',
        text: 'Se não foi você quem pediu, ignore este e-mail: sua senha continua a mesma.',
      },
    ],
  }),
  en: ({ name, url }) => ({
    subject: 'Reset your Pró-Mata password',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'We received a request to reset the password of your Pró-Mata account. To choose a new password, use the button below.',
      },
      { kind: 'button', label: 'Choose a new password', url },
      { kind: 'note', text: 'This link is valid for 1 hour and can be used only once.' },
      {
        kind: 'paragraph',
        text: 'If you did not ask for this, ignore this e-mail: your password is unchanged.',
      },
    ],
  }),
};
