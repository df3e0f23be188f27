import type { BookingEvent } from '@promata/contracts';

/** How an action's button looks: the main way forward, a neutral request, or a refusal. */
export type ActionTone = 'primary' | 'secondary' | 'danger';

/**
 * The events staff fire from the booking page, in the order the buttons are shown (the way forward
 * first, the refusals last) with their look. The visitor's and the system's events are not here.
 */
const staffActions: readonly { event: BookingEvent; tone: ActionTone }[] = [
  { event: 'APPROVE_PAYMENT', tone: 'primary' },
  { event: 'APPROVE', tone: 'primary' },
  { event: 'APPROVE_CANCELLATION', tone: 'primary' },
  { event: 'REQUEST_PAYMENT', tone: 'secondary' },
  { event: 'REQUEST_PEOPLE', tone: 'secondary' },
  { event: 'REJECT_CANCELLATION', tone: 'secondary' },
  { event: 'REJECT_PAYMENT', tone: 'danger' },
  { event: 'REJECT', tone: 'danger' },
  { event: 'CANCEL', tone: 'danger' },
];

export type StaffAction = { event: BookingEvent; tone: ActionTone };

/**
 * The buttons to show: exactly the staff events the API says this caller may fire now
 * (`allowedEvents`), so the page never offers what the workflow would refuse.
 */
export function staffActionsFor(allowed: readonly BookingEvent[]): StaffAction[] {
  return staffActions.filter((action) => allowed.includes(action.event));
}
