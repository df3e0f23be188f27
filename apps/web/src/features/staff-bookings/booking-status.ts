import type { BookingStatus } from '@promata/contracts';

/**
 * How a status looks in a pill: `waiting` asks staff to act, `visitor` waits on the visitor,
 * `ok` is settled, `closed` is final. The word itself comes from `staffBookings.statuses`.
 */
export type StatusTone = 'waiting' | 'visitor' | 'ok' | 'closed';

const tones: Readonly<Record<BookingStatus, StatusTone>> = {
  CREATED: 'waiting',
  PEOPLE_SENT: 'waiting',
  PAYMENT_SENT: 'waiting',
  CANCEL_REQUESTED: 'waiting',
  PAYMENT_APPROVED: 'waiting',
  PEOPLE_REQUESTED: 'visitor',
  PAYMENT_REQUESTED: 'visitor',
  PAYMENT_REJECTED: 'visitor',
  APPROVED: 'ok',
  COMPLETED: 'ok',
  REJECTED: 'closed',
  CANCELED: 'closed',
  EXPIRED: 'closed',
};

export function statusTone(status: BookingStatus): StatusTone {
  return tones[status];
}

/**
 * The tabs of the inbox, in the order staff work them: first what waits on staff, then what waits
 * on the visitor, then the settled and the final ones.
 */
export const inboxStatuses = [
  'CREATED',
  'PEOPLE_SENT',
  'PAYMENT_SENT',
  'PAYMENT_APPROVED',
  'CANCEL_REQUESTED',
  'PEOPLE_REQUESTED',
  'PAYMENT_REQUESTED',
  'PAYMENT_REJECTED',
  'APPROVED',
  'COMPLETED',
  'REJECTED',
  'CANCELED',
  'EXPIRED',
] as const satisfies readonly BookingStatus[];

/** A short reference people can read out on the phone, as the API's e-mails print it. */
export function bookingReference(id: string): string {
  return id.slice(0, 8).toUpperCase();
}
