import type { BookingEvent, BookingStatus } from '@promata/contracts';

/**
 * The booking state machine of DESIGN.md §2, as data: one row per (event, capacity) with the states
 * it may start from and where it goes. Everything else (the transitions endpoint, the jobs, the
 * allowed events shown to a caller, the table test) reads this table, so the rules live here only.
 */
export type WorkflowRole = 'OWNER' | 'STAFF' | 'SYSTEM';

/** Conditions on stored data besides the state, checked by the use-case inside the transaction. */
export type WorkflowGuard =
  'PARTICIPANTS_COMPLETE' | 'PAYMENT_PROOF_ATTACHED' | 'PAYMENT_DEADLINE_PASSED' | 'STAY_ENDED';

/**
 * What a transition does besides changing the status and appending to the timeline (which every
 * transition does), and besides mailing the owner (every transition, in their language). Read by
 * apply-transition.ts (stored columns) and booking-mails.ts (what is sent after commit).
 * Releasing places is not an effect: availability and the capacity guard read the status itself.
 */
export type WorkflowEffect =
  /** `payment_deadline = now + paymentWindowDays`: EXPIRE fires once it passes. */
  | 'SET_PAYMENT_DEADLINE'
  /** Stores the state the cancellation was requested from, where REJECT_CANCELLATION returns. */
  | 'REMEMBER_PREVIOUS_STATUS'
  /** Clears that stored state once the request is decided (or the booking is cancelled outright). */
  | 'FORGET_PREVIOUS_STATUS'
  /** Staff inbox alerts, after commit. */
  | 'ALERT_STAFF_PAYMENT_PROOF'
  | 'ALERT_STAFF_CANCELLATION_REQUEST'
  /** The owner's mail carries the booking's .ics, so the confirmed visit lands in their calendar. */
  | 'ATTACH_CALENDAR';

export type WorkflowRule = {
  event: BookingEvent;
  by: WorkflowRole;
  from: readonly BookingStatus[];
  /** PREVIOUS: the state stored when the cancellation was requested. */
  to: BookingStatus | 'PREVIOUS';
  guard?: WorkflowGuard;
  effects: readonly WorkflowEffect[];
};

/** States a booking can still move from; the others are final. */
export const openStatuses = [
  'CREATED',
  'PEOPLE_REQUESTED',
  'PEOPLE_SENT',
  'PAYMENT_REQUESTED',
  'PAYMENT_SENT',
  'PAYMENT_APPROVED',
  'PAYMENT_REJECTED',
  'APPROVED',
  'CANCEL_REQUESTED',
] as const satisfies readonly BookingStatus[];

const openBeforeCancelRequest = openStatuses.filter((s) => s !== 'CANCEL_REQUESTED');

export const workflowRules: readonly WorkflowRule[] = [
  {
    event: 'APPROVE',
    by: 'STAFF',
    from: ['CREATED', 'PEOPLE_SENT', 'PAYMENT_REQUESTED', 'PAYMENT_APPROVED'],
    to: 'APPROVED',
    effects: ['ATTACH_CALENDAR'],
  },
  { event: 'REJECT', by: 'STAFF', from: ['CREATED', 'PEOPLE_SENT', 'PAYMENT_SENT'], to: 'REJECTED', effects: [] },
  {
    event: 'REQUEST_PEOPLE',
    by: 'STAFF',
    from: ['CREATED', 'PEOPLE_SENT', 'APPROVED', 'PAYMENT_APPROVED'],
    to: 'PEOPLE_REQUESTED',
    effects: [],
  },
  {
    event: 'SEND_PEOPLE',
    by: 'OWNER',
    from: ['PEOPLE_REQUESTED'],
    to: 'PEOPLE_SENT',
    guard: 'PARTICIPANTS_COMPLETE',
    effects: [],
  },
  {
    event: 'REQUEST_PAYMENT',
    by: 'STAFF',
    from: ['CREATED', 'PEOPLE_SENT', 'APPROVED', 'PAYMENT_REJECTED'],
    to: 'PAYMENT_REQUESTED',
    effects: ['SET_PAYMENT_DEADLINE'],
  },
  {
    event: 'SEND_PAYMENT_PROOF',
    by: 'OWNER',
    from: ['PAYMENT_REQUESTED', 'PAYMENT_REJECTED'],
    to: 'PAYMENT_SENT',
    guard: 'PAYMENT_PROOF_ATTACHED',
    effects: ['ALERT_STAFF_PAYMENT_PROOF'],
  },
  { event: 'APPROVE_PAYMENT', by: 'STAFF', from: ['PAYMENT_SENT'], to: 'PAYMENT_APPROVED', effects: [] },
  { event: 'REJECT_PAYMENT', by: 'STAFF', from: ['PAYMENT_SENT'], to: 'PAYMENT_REJECTED', effects: [] },
  {
    event: 'REQUEST_CANCELLATION',
    by: 'OWNER',
    from: openBeforeCancelRequest,
    to: 'CANCEL_REQUESTED',
    effects: ['REMEMBER_PREVIOUS_STATUS', 'ALERT_STAFF_CANCELLATION_REQUEST'],
  },
  {
    event: 'APPROVE_CANCELLATION',
    by: 'STAFF',
    from: ['CANCEL_REQUESTED'],
    to: 'CANCELED',
    effects: ['FORGET_PREVIOUS_STATUS'],
  },
  {
    event: 'REJECT_CANCELLATION',
    by: 'STAFF',
    from: ['CANCEL_REQUESTED'],
    to: 'PREVIOUS',
    effects: ['FORGET_PREVIOUS_STATUS'],
  },
  { event: 'CANCEL', by: 'STAFF', from: openStatuses, to: 'CANCELED', effects: ['FORGET_PREVIOUS_STATUS'] },
  // Only bookings waiting for a payment have a deadline (set by REQUEST_PAYMENT).
  {
    event: 'EXPIRE',
    by: 'SYSTEM',
    from: ['PAYMENT_REQUESTED', 'PAYMENT_REJECTED'],
    to: 'EXPIRED',
    guard: 'PAYMENT_DEADLINE_PASSED',
    effects: [],
  },
  { event: 'COMPLETE', by: 'SYSTEM', from: ['APPROVED'], to: 'COMPLETED', guard: 'STAY_ENDED', effects: [] },
];

/** The rule that lets one of `roles` fire `event` from `status`, if any. */
export function findRule(
  status: BookingStatus,
  event: BookingEvent,
  roles: readonly WorkflowRole[],
): WorkflowRule | undefined {
  return workflowRules.find((r) => r.event === event && roles.includes(r.by) && r.from.includes(status));
}

/** Events the caller (in the given capacities) may fire from `status`, in the table's order. */
export function allowedEvents(status: BookingStatus, roles: readonly WorkflowRole[]): BookingEvent[] {
  const events = workflowRules.filter((r) => roles.includes(r.by) && r.from.includes(status)).map((r) => r.event);
  return [...new Set(events)];
}

/** Where a rule leads for a booking (PREVIOUS resolved from the stored state). */
export function targetStatus(
  rule: WorkflowRule,
  booking: { status_before_cancel_request: BookingStatus | null },
): BookingStatus {
  if (rule.to !== 'PREVIOUS') return rule.to;
  // A CANCEL_REQUESTED booking always stored where it came from; CREATED is the safe fallback for
  // rows written by hand (it holds places like every open state).
  return booking.status_before_cancel_request ?? 'CREATED';
}

/** The timeline's name for a fired event (DESIGN.md names the rejected cancellation CANCEL_REJECTED). */
export const timelineEventOf = (event: BookingEvent) =>
  event === 'REJECT_CANCELLATION' ? ('CANCEL_REJECTED' as const) : event;

/** In which capacities an actor acts on a booking: its owner, staff (with MFA), or both. */
export function rolesOf(actor: { userId: string }, ownerId: string, staff: boolean): WorkflowRole[] {
  const roles: WorkflowRole[] = [];
  if (actor.userId === ownerId) roles.push('OWNER');
  if (staff) roles.push('STAFF');
  return roles;
}
