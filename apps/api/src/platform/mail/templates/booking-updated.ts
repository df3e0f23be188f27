import { bookingStatusNames } from './booking-status-names.js';
import type { LocalizedTemplate } from './mail-content.js';
import { staffMessage } from './staff-message.js';

/** To the owner: their booking changed state (every transition), with the staff's message. */
export const bookingUpdated: LocalizedTemplate<'booking-updated'> = {
  'pt-BR': ({ name, reference, status, message, url }) => ({
    subject: `Reserva ${reference}: ${bookingStatusNames['pt-BR'][status]}`,
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: `A situação da sua reserva ${reference} mudou para: ${bookingStatusNames['pt-BR'][status]}.`,
      },
      ...staffMessage('pt-BR', message),
      { kind: 'button', label: 'Ver a reserva', url },
    ],
  }),
  en: ({ name, reference, status, message, url }) => ({
    subject: `Booking ${reference}: ${bookingStatusNames.en[status]}`,
    name,
    blocks: [
      { kind: 'paragraph', text: `Your booking ${reference} is now: ${bookingStatusNames.en[status]}.` },
      ...staffMessage('en', message),
      { kind: 'button', label: 'See the booking', url },
    ],
  }),
};
