import type { LocalizedTemplate } from './mail-content.js';

/** `2030-03-01` as people write it in each language (a calendar date: no time zone involved). */
const pt = (date: string) => date.split('-').reverse().join('/');

/** To the owner, a couple of days before a confirmed visit. */
export const bookingReminder: LocalizedTemplate<'booking-reminder'> = {
  'pt-BR': ({ name, reference, startDate, url }) => ({
    subject: `Sua visita ao Pró-Mata começa em ${pt(startDate)}`,
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: `Lembrete: a sua reserva ${reference} começa em ${pt(startDate)}. Confira os detalhes, a lista de participantes e o que levar.`,
      },
      { kind: 'button', label: 'Ver a reserva', url },
    ],
  }),
  en: ({ name, reference, startDate, url }) => ({
    subject: `Your visit to Pró-Mata starts on ${startDate}`,
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: `A reminder: your booking ${reference} starts on ${startDate}. Check the details, the participant list and what to bring.`,
      },
      { kind: 'button', label: 'See the booking', url },
    ],
  }),
};
