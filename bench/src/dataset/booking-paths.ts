import type { BookingStatus } from './dataset-types.js';

type Step = { event: string; to: BookingStatus; by: 'OWNER' | 'STAFF' | 'SYSTEM' };

const create: Step = { event: 'CREATE', to: 'CREATED', by: 'OWNER' };
const paid: Step[] = [
  create,
  { event: 'REQUEST_PAYMENT', to: 'PAYMENT_REQUESTED', by: 'STAFF' },
  { event: 'SEND_PAYMENT_PROOF', to: 'PAYMENT_SENT', by: 'OWNER' },
  { event: 'APPROVE_PAYMENT', to: 'PAYMENT_APPROVED', by: 'STAFF' },
];
const approved: Step[] = [...paid, { event: 'APPROVE', to: 'APPROVED', by: 'STAFF' }];

/**
 * The timeline that leads to each status, following the workflow table of DESIGN.md, so the dataset's
 * bookings have the history the API would have written.
 */
export const bookingPaths: Record<BookingStatus, Step[]> = {
  CREATED: [create],
  PEOPLE_REQUESTED: [create, { event: 'REQUEST_PEOPLE', to: 'PEOPLE_REQUESTED', by: 'STAFF' }],
  PEOPLE_SENT: [
    create,
    { event: 'REQUEST_PEOPLE', to: 'PEOPLE_REQUESTED', by: 'STAFF' },
    { event: 'SEND_PEOPLE', to: 'PEOPLE_SENT', by: 'OWNER' },
  ],
  PAYMENT_REQUESTED: paid.slice(0, 2),
  PAYMENT_SENT: paid.slice(0, 3),
  PAYMENT_APPROVED: paid,
  PAYMENT_REJECTED: [...paid.slice(0, 3), { event: 'REJECT_PAYMENT', to: 'PAYMENT_REJECTED', by: 'STAFF' }],
  APPROVED: approved,
  COMPLETED: [...approved, { event: 'COMPLETE', to: 'COMPLETED', by: 'SYSTEM' }],
  CANCEL_REQUESTED: [create, { event: 'REQUEST_CANCELLATION', to: 'CANCEL_REQUESTED', by: 'OWNER' }],
  REJECTED: [create, { event: 'REJECT', to: 'REJECTED', by: 'STAFF' }],
  CANCELED: [create, { event: 'CANCEL', to: 'CANCELED', by: 'STAFF' }],
  EXPIRED: [...paid.slice(0, 2), { event: 'EXPIRE', to: 'EXPIRED', by: 'SYSTEM' }],
};

/** Statuses that hold places (every one but REJECTED, CANCELED, EXPIRED), as availability counts them. */
export const holdsPlaces = (status: BookingStatus) =>
  status !== 'REJECTED' && status !== 'CANCELED' && status !== 'EXPIRED';

/** Participants are complete once the owner sent people, and for anything paid or approved. */
export const hasFullParticipants = (status: BookingStatus) =>
  !['CREATED', 'PEOPLE_REQUESTED', 'REJECTED', 'CANCELED', 'CANCEL_REQUESTED', 'EXPIRED'].includes(status);
