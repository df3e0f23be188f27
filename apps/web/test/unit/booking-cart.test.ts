import { createBookingRequestSchema } from '@promata/contracts';
import { describe, expect, it } from 'vitest';
import { bookingIssues, capacityShortfall, participantIssues } from '../../src/features/bookings/booking-errors';
import {
  createBookingFormSchema,
  emptyParticipant,
  toBookingRequest,
} from '../../src/features/bookings/booking-request';
import {
  addLine,
  cartStorageKey,
  emptyCart,
  readCart,
  removeLine,
  setLinePeople,
  writeCart,
  type CartLine,
  type CartStorage,
} from '../../src/features/bookings/cart-storage';
import { estimateLineCents, lineDates, nightsBetween } from '../../src/features/bookings/line-dates';
import { nextPick } from '../../src/features/bookings/day-picks';
import { ApiError } from '../../src/lib/api-client';

function memoryStorage(initial: Record<string, string> = {}): CartStorage & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

const trailId = '5b0c3a52-4a5e-4d0c-9d7e-0a1b2c3d4e5f';
const lodgeId = '6c1d4b63-5b6f-4e1d-8e8f-1b2c3d4e5f60';
const trailLine: CartLine = {
  key: 'a',
  experienceId: trailId,
  startDate: '2031-03-10',
  endDate: '2031-03-11',
  people: 2,
};
const lodgeLine: CartLine = {
  key: 'b',
  experienceId: lodgeId,
  startDate: '2031-03-10',
  endDate: '2031-03-13',
  people: 3,
};
/** A CPF whose check digits are right. */
const validCpf = '529.982.247-25';

describe('the cart in localStorage', () => {
  it('writes and reads back a versioned cart of several lines', () => {
    const storage = memoryStorage();
    const cart = addLine(addLine(emptyCart, trailLine), lodgeLine);
    writeCart(storage, cart);
    expect(JSON.parse(storage.values.get(cartStorageKey) ?? '')).toEqual({ version: 1, lines: [trailLine, lodgeLine] });
    expect(readCart(storage)).toEqual(cart);
  });

  it('survives bad JSON, another version, a bad line and a throwing storage', () => {
    expect(readCart(memoryStorage({ [cartStorageKey]: '{not json' }))).toEqual(emptyCart);
    expect(readCart(memoryStorage({ [cartStorageKey]: JSON.stringify({ version: 2, lines: [] }) }))).toEqual(emptyCart);
    const badLine = { ...trailLine, endDate: trailLine.startDate };
    expect(readCart(memoryStorage({ [cartStorageKey]: JSON.stringify({ version: 1, lines: [badLine] }) }))).toEqual(
      emptyCart,
    );
    const personal = { ...trailLine, email: 'x@example.com' };
    // Unknown keys are stripped: nothing but ids, dates and people comes back.
    expect(
      readCart(memoryStorage({ [cartStorageKey]: JSON.stringify({ version: 1, lines: [personal] }) })).lines,
    ).toEqual([trailLine]);
    const throwing: CartStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    expect(readCart(throwing)).toEqual(emptyCart);
    expect(() => writeCart(throwing, addLine(emptyCart, trailLine))).not.toThrow();
    expect(readCart(undefined)).toEqual(emptyCart);
  });

  it('removes the key when emptied, edits people within bounds, removes lines', () => {
    const storage = memoryStorage();
    let cart = addLine(emptyCart, trailLine);
    writeCart(storage, cart);
    cart = setLinePeople(cart, 'a', 5);
    expect(cart.lines[0]?.people).toBe(5);
    expect(setLinePeople(cart, 'a', 0)).toBe(cart);
    expect(setLinePeople(cart, 'a', 1.5)).toBe(cart);
    cart = removeLine(cart, 'a');
    writeCart(storage, cart);
    expect(storage.values.has(cartStorageKey)).toBe(false);
  });

  it('holds at most 10 lines', () => {
    let cart = emptyCart;
    for (let index = 0; index < 12; index += 1) cart = addLine(cart, { ...trailLine, key: String(index) });
    expect(cart.lines).toHaveLength(10);
  });
});

describe('line dates per category', () => {
  it('books a trail or laboratory day d as [d, d+1)', () => {
    expect(lineDates({ category: 'TRAIL', event: null }, { startDate: '2031-12-31' })).toEqual({
      startDate: '2031-12-31',
      endDate: '2032-01-01',
    });
    expect(lineDates({ category: 'LABORATORY', event: null }, { startDate: '2031-02-28' })?.endDate).toBe('2031-03-01');
    expect(lineDates({ category: 'TRAIL', event: null }, {})).toBeUndefined();
  });

  it('books lodging by nights, check-out after check-in', () => {
    const hosting = { category: 'HOSTING', event: null } as const;
    expect(lineDates(hosting, { startDate: '2031-03-10', endDate: '2031-03-13' })).toEqual({
      startDate: '2031-03-10',
      endDate: '2031-03-13',
    });
    expect(lineDates(hosting, { startDate: '2031-03-10' })).toBeUndefined();
    expect(lineDates(hosting, { startDate: '2031-03-10', endDate: '2031-03-10' })).toBeUndefined();
    expect(nightsBetween('2031-03-10', '2031-03-13')).toBe(3);
  });

  it('books an event whole, in the reserve’s days', () => {
    // 23:30 in São Paulo (UTC−3) is already the next day in UTC.
    const event = { startsAt: '2031-05-10T12:00:00.000Z', endsAt: '2031-05-13T02:30:00.000Z' };
    expect(lineDates({ category: 'EVENT', event }, { startDate: '2031-01-01' })).toEqual({
      startDate: '2031-05-10',
      endDate: '2031-05-13',
    });
  });

  it('picks check-in then check-out for lodging, one day otherwise', () => {
    expect(nextPick(true, {}, '2031-03-10')).toEqual({ startDate: '2031-03-10' });
    expect(nextPick(true, { startDate: '2031-03-10' }, '2031-03-12')).toEqual({
      startDate: '2031-03-10',
      endDate: '2031-03-12',
    });
    expect(nextPick(true, { startDate: '2031-03-10' }, '2031-03-08')).toEqual({ startDate: '2031-03-08' });
    expect(nextPick(false, { startDate: '2031-03-10' }, '2031-03-12')).toEqual({ startDate: '2031-03-12' });
  });

  it('estimates per person, per person per night for lodging', () => {
    expect(estimateLineCents('TRAIL', 4500, trailLine)).toBe(9000);
    expect(estimateLineCents('HOSTING', 8000, lodgeLine)).toBe(8000 * 3 * 3);
  });
});

describe('the POST /bookings body', () => {
  const values = {
    notes: '  bring binoculars ',
    participants: [
      {
        ...emptyParticipant(['a', 'b']),
        name: ' Ana Souza ',
        documentNumber: validCpf,
        birthDate: '1990-04-01',
        gender: 'FEMALE' as const,
      },
      {
        ...emptyParticipant(['b', 'gone']),
        name: 'John Smith',
        documentType: 'PASSPORT' as const,
        documentNumber: 'ab 123456',
        birthDate: '1985-01-20',
        gender: 'MALE' as const,
        phone: '+1 555 0100 22',
      },
    ],
  };

  it('maps lines, participants (line keys to indexes) and notes, as the contract accepts', () => {
    const body = toBookingRequest([trailLine, lodgeLine], values);
    expect(body.lines).toEqual([
      { experienceId: trailId, startDate: '2031-03-10', endDate: '2031-03-11', people: 2 },
      { experienceId: lodgeId, startDate: '2031-03-10', endDate: '2031-03-13', people: 3 },
    ]);
    expect(body.participants?.map((p) => p.lines)).toEqual([[0, 1], [1]]);
    expect(body.participants?.[0]).toMatchObject({ name: 'Ana Souza', phone: null, document: { type: 'CPF' } });
    expect(body.notes).toBe('bring binoculars');
    const parsed = createBookingRequestSchema.parse(body);
    expect(parsed.participants[0]?.document.number).toBe('52998224725');
    expect(parsed.participants[1]?.document.number).toBe('AB123456');
  });

  it('checks CPF digits, birth dates, gender and phone in the form', () => {
    const schema = createBookingFormSchema('2026-01-01');
    expect(schema.safeParse(values).success).toBe(true);
    const bad = {
      notes: '',
      participants: [
        {
          ...values.participants[0]!,
          documentNumber: '529.982.247-26',
          birthDate: '2027-01-01',
          gender: '' as const,
          phone: 'abc',
          lines: [],
        },
      ],
    };
    const result = schema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
    expect(paths).toEqual([
      'participants.0.documentNumber:i18n:cpf',
      'participants.0.birthDate:i18n:birthDateFuture',
      'participants.0.gender:i18n:required',
      'participants.0.phone:i18n:phone',
      'participants.0.lines:i18n:required',
    ]);
  });
});

describe('booking refusals', () => {
  it('reads the days that ran out of places', () => {
    const days = [{ experienceId: trailId, date: '2031-03-10', capacity: 30, remaining: 1, requested: 2 }];
    expect(capacityShortfall(new ApiError('full', 409, 'CAPACITY_EXCEEDED', { details: { days } }))).toEqual(days);
    expect(capacityShortfall(new ApiError('full', 409, 'CAPACITY_EXCEEDED'))).toEqual([]);
    expect(capacityShortfall(new ApiError('bad', 400, 'VALIDATION_FAILED'))).toBeUndefined();
  });

  it('ties field errors to their lines', () => {
    const error = new ApiError('bad', 400, 'VALIDATION_FAILED', {
      details: {
        issues: [
          { path: 'body.lines.1.startDate', code: 'day_notice', message: 'too soon' },
          { path: 'body.participants', code: 'custom', message: 'too many' },
        ],
      },
    });
    expect(
      participantIssues(
        new ApiError('bad', 400, 'VALIDATION_FAILED', {
          details: { issues: [{ path: 'body.participants.1.document', code: 'custom', message: 'same document' }] },
        }),
      ),
    ).toEqual([{ index: 1, field: 'documentNumber', message: 'same document' }]);
    expect(bookingIssues(error)).toEqual([
      { line: 1, field: 'startDate', code: 'day_notice', message: 'too soon' },
      { line: undefined, field: 'participants', code: 'custom', message: 'too many' },
    ]);
  });
});
