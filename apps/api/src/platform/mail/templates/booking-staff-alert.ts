import type { Locale } from '@promata/contracts';
import type { LocalizedTemplate, MailBlock } from './mail-content.js';

const what = {
  'pt-BR': {
    NEW_BOOKING: 'Nova reserva',
    PAYMENT_PROOF: 'Comprovante de pagamento recebido',
    CANCELLATION_REQUEST: 'Pedido de cancelamento',
  },
  en: {
    NEW_BOOKING: 'New booking',
    PAYMENT_PROOF: 'Payment proof received',
    CANCELLATION_REQUEST: 'Cancellation request',
  },
} as const;

const ownerMessageLabel: Record<Locale, string> = {
  'pt-BR': 'Mensagem do responsável:',
  en: 'Message from the person who booked:',
};

/** The owner's own words, quoted as theirs (never as the team's); nothing when blank. */
const ownerMessage = (locale: Locale, message: string | undefined): MailBlock[] =>
  message?.trim() ? [{ kind: 'quote', label: ownerMessageLabel[locale], text: message.trim() }] : [];

/** To staff: a booking needs them (created, payment proof sent, cancellation requested). */
export const bookingStaffAlert: LocalizedTemplate<'booking-staff-alert'> = {
  'pt-BR': ({ name, kind, reference, ownerName, ownerEmail, message, url }) => ({
    subject: `${what['pt-BR'][kind]}: ${reference}`,
    name,
    blocks: [
      { kind: 'paragraph', text: `${what['pt-BR'][kind]} na plataforma, aguardando a equipe.` },
      {
        kind: 'details',
        items: [
          { label: 'Reserva', value: reference },
          { label: 'Responsável', value: ownerName },
          { label: 'E-mail', value: ownerEmail },
        ],
      },
      ...ownerMessage('pt-BR', message),
      { kind: 'button', label: 'Abrir a reserva', url },
    ],
  }),
  en: ({ name, kind, reference, ownerName, ownerEmail, message, url }) => ({
    subject: `${what.en[kind]}: ${reference}`,
    name,
    blocks: [
      { kind: 'paragraph', text: `${what.en[kind]} on the platform, waiting for the team.` },
      {
        kind: 'details',
        items: [
          { label: 'Booking', value: reference },
          { label: 'Booked by', value: ownerName },
          { label: 'E-mail', value: ownerEmail },
        ],
      },
      ...ownerMessage('en', message),
      { kind: 'button', label: 'Open the booking', url },
    ],
  }),
};
