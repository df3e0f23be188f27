import type { Locale } from '@promata/contracts';
import type { LocalizedTemplate } from './mail-content.js';

/** Centavos as each language writes money: "R$ 1.234,50" or "R$1,234.50" (always reais). */
const money = (locale: Locale, cents: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'BRL' }).format(cents / 100);

/** To the owner: staff changed the price of one line of their booking, with the reason they gave. */
export const bookingPriceAdjusted: LocalizedTemplate<'booking-price-adjusted'> = {
  'pt-BR': ({ name, reference, experienceName, fromTotalCents, toTotalCents, bookingTotalCents, reason, url }) => ({
    subject: `Reserva ${reference}: preço ajustado`,
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: `A equipe ajustou o preço de “${experienceName.pt}” na sua reserva ${reference}.`,
      },
      {
        kind: 'details',
        items: [
          { label: 'Preço anterior', value: money('pt-BR', fromTotalCents) },
          { label: 'Novo preço', value: money('pt-BR', toTotalCents) },
          { label: 'Novo total da reserva', value: money('pt-BR', bookingTotalCents) },
        ],
      },
      { kind: 'quote', label: 'Motivo informado pela equipe:', text: reason },
      { kind: 'button', label: 'Ver a reserva', url },
    ],
  }),
  en: ({ name, reference, experienceName, fromTotalCents, toTotalCents, bookingTotalCents, reason, url }) => ({
    subject: `Booking ${reference}: price adjusted`,
    name,
    blocks: [
      {
        kind: 'paragraph',
        text: `The team adjusted the price of “${experienceName.en ?? experienceName.pt}” in your booking ${reference}.`,
      },
      {
        kind: 'details',
        items: [
          { label: 'Previous price', value: money('en', fromTotalCents) },
          { label: 'New price', value: money('en', toTotalCents) },
          { label: 'New booking total', value: money('en', bookingTotalCents) },
        ],
      },
      { kind: 'quote', label: 'Reason given by the team:', text: reason },
      { kind: 'button', label: 'See the booking', url },
    ],
  }),
};
