import type { BookingStatus, Locale } from '@promata/contracts';

/** How a booking status reads in each language (e-mails; the web app has its own catalogue). */
export const bookingStatusNames: Record<Locale, Record<BookingStatus, string>> = {
  'pt-BR': {
    CREATED: 'recebida, aguardando análise',
    PEOPLE_REQUESTED: 'aguardando a lista de participantes',
    PEOPLE_SENT: 'lista de participantes enviada',
    PAYMENT_REQUESTED: 'aguardando pagamento',
    PAYMENT_SENT: 'comprovante de pagamento enviado',
    PAYMENT_APPROVED: 'pagamento aprovado',
    PAYMENT_REJECTED: 'pagamento recusado',
    APPROVED: 'confirmada',
    CANCEL_REQUESTED: 'cancelamento solicitado',
    REJECTED: 'recusada',
    CANCELED: 'cancelada',
    EXPIRED: 'expirada por falta de pagamento',
    COMPLETED: 'concluída',
  },
  en: {
    CREATED: 'received, awaiting review',
    PEOPLE_REQUESTED: 'waiting for the participant list',
    PEOPLE_SENT: 'participant list sent',
    PAYMENT_REQUESTED: 'waiting for payment',
    PAYMENT_SENT: 'payment proof sent',
    PAYMENT_APPROVED: 'payment approved',
    PAYMENT_REJECTED: 'payment rejected',
    APPROVED: 'confirmed',
    CANCEL_REQUESTED: 'cancellation requested',
    REJECTED: 'rejected',
    CANCELED: 'canceled',
    EXPIRED: 'expired (no payment)',
    COMPLETED: 'completed',
  },
};
