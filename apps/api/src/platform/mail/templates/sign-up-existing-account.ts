import type { LocalizedTemplate } from './mail-content.js';

/** Sent instead of a second account: the sign-up answer stays the same, only the owner learns more. */
export const signUpExistingAccount: LocalizedTemplate<'sign-up-existing-account'> = {
  'pt-BR': ({ name, loginUrl, resetUrl }) => ({
    subject: 'Alguém tentou criar uma conta com o seu e-mail',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Alguém, talvez você mesmo(a), tentou criar uma conta no Pró-Mata com este endereço de e-mail, mas ele já está cadastrado.',
      },
      { kind: 'paragraph', text: 'Se foi você, é só entrar na sua conta:' },
      { kind: 'button', label: 'Entrar no Pró-Mata', url: loginUrl },
      { kind: 'paragraph', text: 'Não lembra a senha? Você pode criar uma nova:' },
      { kind: 'button', label: 'Redefinir minha senha', url: resetUrl },
      {
        kind: 'note',
        text: 'Se não foi você, ignore este e-mail: nada mudou na sua conta.',
      },
    ],
  }),
  en: ({ name, loginUrl, resetUrl }) => ({
    subject: 'Someone tried to sign up with your e-mail address',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Someone, maybe you, tried to create a Pró-Mata account with this e-mail address, but there is already an account with it.',
      },
      { kind: 'paragraph', text: 'If it was you, just log in:' },
      { kind: 'button', label: 'Log in to Pró-Mata', url: loginUrl },
      { kind: 'paragraph', text: 'Forgot your password? You can choose a new one:' },
      { kind: 'button', label: 'Reset my password', url: resetUrl },
      {
        kind: 'note',
        text: 'If it was not you, ignore this e-mail: nothing has changed in your account.',
      },
    ],
  }),
};
