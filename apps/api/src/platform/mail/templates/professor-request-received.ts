import type { LocalizedTemplate } from './mail-content.js';

/** To staff: a professor verification is waiting for review. */
export const professorRequestReceived: LocalizedTemplate<'professor-request-received'> = {
  'pt-BR': ({ name, applicantName, applicantEmail, url }) => ({
    subject: `Novo pedido de verificação de professor(a): ${applicantName}`,
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'Chegou um novo pedido de verificação de professor(a). O documento de comprovação já está na plataforma, aguardando a sua análise.',
      },
      {
        kind: 'details',
        items: [
          { label: 'Nome', value: applicantName },
          { label: 'E-mail', value: applicantEmail },
        ],
      },
      { kind: 'button', label: 'Analisar o pedido', url },
    ],
  }),
  en: ({ name, applicantName, applicantEmail, url }) => ({
    subject: `New professor verification request: ${applicantName}`,
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: 'A new professor verification request has arrived. The supporting document is on the platform, waiting for your review.',
      },
      {
        kind: 'details',
        items: [
          { label: 'Name', value: applicantName },
          { label: 'E-mail', value: applicantEmail },
        ],
      },
      { kind: 'button', label: 'Review the request', url },
    ],
  }),
};
