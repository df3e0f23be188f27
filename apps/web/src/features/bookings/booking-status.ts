import type { BookingStatus } from '@promata/contracts';

/** How a status looks: waiting on the visitor, on the reserve, settled well, or ended. */
export type StatusTone = 'action' | 'waiting' | 'done' | 'ended';

const tones: Record<BookingStatus, StatusTone> = {
  CREATED: 'waiting',
  PEOPLE_REQUESTED: 'action',
  PEOPLE_SENT: 'waiting',
  PAYMENT_REQUESTED: 'action',
  PAYMENT_SENT: 'waiting',
  PAYMENT_APPROVED: 'waiting',
  PAYMENT_REJECTED: 'action',
  APPROVED: 'done',
  CANCEL_REQUESTED: 'waiting',
  REJECTED: 'ended',
  CANCELED: 'ended',
  EXPIRED: 'ended',
  COMPLETED: 'done',
};

export const statusTone = (status: BookingStatus): StatusTone => tones[status];

/** The owner may replace the participant list in these states (the API's rule for PUT /participants). */
export const ownerEditsParticipants = (status: BookingStatus) => status === 'CREATED' || status === 'PEOPLE_REQUESTED';
