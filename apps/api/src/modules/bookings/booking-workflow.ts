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

export type WorkflowRule = {
  event: BookingEvent;
  by: WorkflowRole;
  from: readonly BookingStatus[];
  /** PREVIOUS: the state stored when the cancellation was requested. */
  to: BookingStatus | 'PREVIOUS';
  guard?: WorkflowGuard;
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
  },
  { event: 'REJECT', by: 'STAFF', from: ['CREATED', 'PEOPLE_SENT', 'PAYMENT_SENT'], to: 'REJECTED' },
  {
    event: 'REQUEST_PEOPLE',
    by: 'STAFF',
    from: ['CREATED', 'PEOPLE_SENT', 'APPROVED', 'PAYMENT_APPROVED'],
    to: 'PEOPLE_REQUESTED',
  },
  { event: 'SEND_PEOPLE', by: 'OWNER', from: ['PEOPLE_REQUESTED'], to: 'PEOPLE_SENT', guard: 'PARTICIPANTS_COMPLETE' },
  {
    event: 'REQUEST_PAYMENT',
    by: 'STAFF',
    from: ['CREATED', 'PEOPLE_SENT', 'APPROVED', 'PAYMENT_REJECTED'],
    to: 'PAYMENT_REQUESTED',
  },
  {
    event: 'SEND_PAYMENT_PROOF',
    by: 'OWNER',
    from: ['PAYMENT_REQUESTED', 'PAYMENT_REJECTED'],
    to: 'PAYMENT_SENT',
    guard: 'PAYMENT_PROOF_ATTACHED',
  },
  { event: 'APPROVE_PAYMENT', by: 'STAFF', from: ['PAYMENT_SENT'], to: 'PAYMENT_APPROVED' },
  { event: 'REJECT_PAYMENT', by: 'STAFF', from: ['PAYMENT_SENT'], to: 'PAYMENT_REJECTED' },
  { event: 'REQUEST_CANCELLATION', by: 'OWNER', from: openBeforeCancelRequest, to: 'CANCEL_REQUESTED' },
  { event: 'APPROVE_CANCELLATION', by: 'STAFF', from: ['CANCEL_REQUESTED'], to: 'CANCELED' },
  { event: 'REJECT_CANCELLATION', by: 'STAFF', from: ['CANCEL_REQUESTED'], to: 'PREVIOUS' },
  { event: 'CANCEL', by: 'STAFF', from: openStatuses, to: 'CANCELED' },
  // Only bookings waiting for a payment have a deadline (set by REQUEST_PAYMENT).
  {
    event: 'EXPIRE',
    by: 'SYSTEM',
    from: ['PAYMENT_REQUESTED', 'PAYMENT_REJECTED'],
    to: 'EXPIRED',
    guard: 'PAYMENT_DEADLINE_PASSED',
  },
  { event: 'COMPLETE', by: 'SYSTEM', from: ['APPROVED'], to: 'COMPLETED', guard: 'STAY_ENDED' },
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
