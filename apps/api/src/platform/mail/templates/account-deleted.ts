import type { LocalizedTemplate } from './mail-content.js';

/** Sent whether the owner or staff deleted the account, so it does not say who asked. */
export const accountDeleted: LocalizedTemplate<'account-deleted'> = {
  'pt-BR': ({ name }) => ({
    subject: 'Sua conta no Pró-Mata foi excluída',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Sua conta no Pró-Mata foi excluída e os seus dados pessoais foram anonimizados, conforme a Lei Geral de Proteção de Dados (LGPD).',
      },
      {
        kind: 'paragraph',
        text: 'O histórico das suas reservas continua guardado de forma anônima, sem nenhum dado que identifique você, para os registros da reserva.',
      },
      {
        kind: 'paragraph',
        text: 'Foi um prazer receber você. Se quiser voltar, é só criar uma nova conta quando quiser.',
      },
      {
        kind: 'note',
        text: 'Se você não esperava esta mensagem, entre em contato com a equipe do Pró-Mata.',
      },
    ],
  }),
  en: ({ name }) => ({
    subject: 'Your Pró-Mata account was deleted',
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: "Your Pró-Mata account was deleted and your personal data was anonymised under Brazil's General Data Protection Law (LGPD).",
      },
      {
        kind: 'paragraph',
        text: "Your booking history is kept in anonymised form, with nothing that identifies you, for the reserve's records.",
      },
      {
        kind: 'paragraph',
        text: 'Thank you for visiting us. You are welcome to create a new account whenever you like.',
      },
      {
        kind: 'note',
        text: 'If you were not expecting this e-mail, please contact the Pró-Mata team.',
      },
    ],
  }),
};
