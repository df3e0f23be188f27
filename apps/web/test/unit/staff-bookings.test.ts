import { bookingEvents, bookingStatuses } from '@promata/contracts';
import { describe, expect, it } from 'vitest';
import { isBookingGone, isInvalidTransition } from '../../src/features/staff-bookings/booking-error';
import {
  bookingListParams,
  countAll,
  datesReversed,
  hasFilters,
  inboxOrder,
  pageWindow,
  validateBookingSearch,
} from '../../src/features/staff-bookings/booking-search';
import { bookingReference, inboxStatuses, statusTone } from '../../src/features/staff-bookings/booking-status';
import { staffActionsFor } from '../../src/features/staff-bookings/staff-actions';
import { visitDays } from '../../src/features/staff-bookings/visit-dates';
import { en } from '../../src/i18n/resources/en';
import { ptBR } from '../../src/i18n/resources/pt-br';
import { ApiError } from '../../src/lib/api-client';

const experienceId = '0b8a6f3e-3c1d-4f5e-9a7b-2c4d6e8f0a1b';

describe('booking statuses', () => {
  it('gives every status a tone and a label in both languages', () => {
    for (const status of bookingStatuses) {
      expect(['waiting', 'visitor', 'ok', 'closed']).toContain(statusTone(status));
      expect(ptBR.staffBookings.statuses[status]).toBeTruthy();
      expect(en.staffBookings.statuses[status]).toBeTruthy();
    }
  });

  it('marks what waits on staff apart from what waits on the visitor and what is over', () => {
    expect(statusTone('PAYMENT_SENT')).toBe('waiting');
    expect(statusTone('CANCEL_REQUESTED')).toBe('waiting');
    expect(statusTone('PAYMENT_REQUESTED')).toBe('visitor');
    expect(statusTone('APPROVED')).toBe('ok');
    expect(statusTone('EXPIRED')).toBe('closed');
  });

  it('offers every status as a tab, once', () => {
    expect([...inboxStatuses].sort()).toEqual([...bookingStatuses].sort());
  });

  it('names a booking by the first 8 characters of its id, upper-cased', () => {
    expect(bookingReference('0b8a6f3e-3c1d-4f5e-9a7b-2c4d6e8f0a1b')).toBe('0B8A6F3E');
  });

  it('has a timeline label for every timeline event and an action label for every event', () => {
    for (const event of bookingEvents) expect(en.staffBookings.detail.actions.labels[event]).toBeTruthy();
    expect(ptBR.staffBookings.detail.timeline.events.CANCEL_REJECTED).toBeTruthy();
  });
});

describe('validateBookingSearch (address bar → filters)', () => {
  it('reads every filter, as the router hands them over', () => {
    expect(
      validateBookingSearch({
        status: 'PAYMENT_SENT',
        q: ' ana ',
        experienceId: experienceId.toUpperCase(),
        from: '2026-12-01',
        to: '2026-12-31',
        page: '2',
      }),
    ).toEqual({ status: 'PAYMENT_SENT', q: 'ana', experienceId, from: '2026-12-01', to: '2026-12-31', page: 2 });
  });

  it('drops anything invalid and returns every key, so no raw value slips through', () => {
    expect(
      validateBookingSearch({ status: 'PAID', q: '  ', experienceId: 'x', from: '2026-02-30', to: 5, page: 1 }),
    ).toEqual({
      status: undefined,
      q: undefined,
      experienceId: undefined,
      from: undefined,
      to: undefined,
      page: undefined,
    });
  });

  it('reads a numeric query (a reference of digits) as text', () => {
    expect(validateBookingSearch({ q: 12345678 }).q).toBe('12345678');
  });
});

describe('bookingListParams (filters → API query)', () => {
  it('sends the filters and the paging the contract accepts', () => {
    const params = bookingListParams({ status: 'APPROVED', q: 'ana', experienceId, from: '2026-12-01', page: 3 });
    expect(Object.fromEntries(params)).toEqual({
      status: 'APPROVED',
      q: 'ana',
      experienceId,
      from: '2026-12-01',
      page: '3',
      pageSize: '20',
    });
  });

  it('serves the tabs waiting on staff oldest first, and everything else newest first', () => {
    expect(inboxOrder({ status: 'PAYMENT_SENT' })).toBe('oldest');
    expect(bookingListParams({ status: 'CREATED' }).get('order')).toBe('oldest');
    expect(inboxOrder({ status: 'PAYMENT_REQUESTED' })).toBe('newest');
    expect(inboxOrder({})).toBe('newest');
    expect(bookingListParams({}).has('order')).toBe(false);
  });

  it('asks for page 1 when there is no filter', () => {
    expect(bookingListParams({}).toString()).toBe('page=1&pageSize=20');
  });

  it('round-trips: the address read back gives the same query', () => {
    const search = validateBookingSearch({ status: 'APPROVED', to: '2027-01-10', q: 'maria' });
    expect(bookingListParams(validateBookingSearch({ ...search })).toString()).toBe(
      bookingListParams(search).toString(),
    );
  });

  it('tells filters other than the status tab, and reversed dates', () => {
    expect(hasFilters({ status: 'CREATED' })).toBe(false);
    expect(hasFilters({ from: '2026-12-01' })).toBe(true);
    expect(datesReversed({ from: '2026-12-10', to: '2026-12-01' })).toBe(true);
    expect(datesReversed({ from: '2026-12-01', to: '2026-12-01' })).toBe(false);
  });

  it('sums the counts for the "all" tab, and pages them', () => {
    expect(countAll({ CREATED: 2, APPROVED: 3 })).toBe(5);
    expect(countAll({})).toBe(0);
    expect(pageWindow(2, 20, 45)).toEqual({ first: 21, last: 40, pages: 3 });
  });
});

describe('staffActionsFor (allowedEvents → buttons)', () => {
  it('shows exactly the staff events allowed, the way forward first and refusals last', () => {
    expect(staffActionsFor(['REJECT', 'APPROVE', 'REQUEST_PEOPLE', 'REQUEST_PAYMENT', 'CANCEL'])).toEqual([
      { event: 'APPROVE', tone: 'primary' },
      { event: 'REQUEST_PAYMENT', tone: 'secondary' },
      { event: 'REQUEST_PEOPLE', tone: 'secondary' },
      { event: 'REJECT', tone: 'danger' },
      { event: 'CANCEL', tone: 'danger' },
    ]);
  });

  it('leaves out the visitor and system events, and shows nothing when nothing is allowed', () => {
    expect(staffActionsFor(['SEND_PAYMENT_PROOF', 'REQUEST_CANCELLATION', 'EXPIRE', 'COMPLETE'])).toEqual([]);
    expect(staffActionsFor([])).toEqual([]);
  });

  it('offers payment approval before rejection for a sent proof', () => {
    expect(staffActionsFor(['APPROVE_PAYMENT', 'REJECT_PAYMENT', 'REJECT', 'CANCEL']).map((a) => a.event)).toEqual([
      'APPROVE_PAYMENT',
      'REJECT_PAYMENT',
      'REJECT',
      'CANCEL',
    ]);
  });
});

describe('booking errors and dates', () => {
  it('recognises a transition refused because the booking moved', () => {
    expect(isInvalidTransition(new ApiError('no', 409, 'INVALID_TRANSITION', { details: { allowed: [] } }))).toBe(true);
    expect(isInvalidTransition(new ApiError('no', 409, 'CONFLICT'))).toBe(false);
    expect(isBookingGone(new ApiError('no', 404, 'NOT_FOUND'))).toBe(true);
    expect(isInvalidTransition(new Error('x'))).toBe(false);
  });

  it('prints the last day of a visit and the check-out of a stay', () => {
    expect(visitDays('2026-12-05', '2026-12-06', 'TRAIL')).toEqual({ first: '2026-12-05', last: '2026-12-05' });
    expect(visitDays('2026-12-05', '2026-12-08', 'HOSTING')).toEqual({ first: '2026-12-05', last: '2026-12-08' });
    expect(visitDays('2026-12-05', '2026-12-07')).toEqual({ first: '2026-12-05', last: '2026-12-06' });
  });
});
