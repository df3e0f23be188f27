import { describe, expect, it } from 'vitest';
import { isParticipantsIncomplete } from '../../src/features/bookings/booking-errors';
import { lineShortfalls } from '../../src/features/bookings/participant-counts';
import { createI18n } from '../../src/i18n/create-i18n';
import { ApiError } from '../../src/lib/api-client';

const lines = [
  { key: 'a', people: 2 },
  { key: 'b', people: 1 },
];
const attending = (...keys: string[]) => ({ lines: keys });

describe('lineShortfalls', () => {
  it('finds nothing when every line has one participant per person', () => {
    expect(lineShortfalls(lines, [attending('a', 'b'), attending('a')])).toEqual([]);
  });

  it('reports each line short or over, with its place, people and participants', () => {
    expect(lineShortfalls(lines, [attending('a', 'b'), attending('b')])).toEqual([
      { key: 'a', index: 0, people: 2, assigned: 1 },
      { key: 'b', index: 1, people: 1, assigned: 2 },
    ]);
  });

  it('counts an empty list as short on every line, and ignores lines no longer in the booking', () => {
    expect(lineShortfalls(lines, [])).toEqual([
      { key: 'a', index: 0, people: 2, assigned: 0 },
      { key: 'b', index: 1, people: 1, assigned: 0 },
    ]);
    expect(lineShortfalls(lines, [attending('a', 'gone'), attending('a', 'b')])).toEqual([]);
  });
});

describe('isParticipantsIncomplete', () => {
  const refusal = (details: unknown, code = 'INVALID_TRANSITION') =>
    new ApiError('Esta ação não é possível na situação atual da reserva.', 409, code, { details });

  it('recognises the SEND_PEOPLE guard’s refusal by its reason', () => {
    const details = {
      allowed: ['REQUEST_CANCELLATION'],
      status: 'PEOPLE_REQUESTED',
      reason: 'PARTICIPANTS_INCOMPLETE',
    };
    expect(isParticipantsIncomplete(refusal(details))).toBe(true);
  });

  it('leaves other refusals to the generic message', () => {
    expect(isParticipantsIncomplete(refusal({ allowed: [], status: 'APPROVED' }))).toBe(false);
    expect(isParticipantsIncomplete(refusal({ reason: 'PAYMENT_PROOF_REQUIRED' }))).toBe(false);
    expect(isParticipantsIncomplete(refusal({ reason: 'PARTICIPANTS_INCOMPLETE' }, 'VALIDATION_FAILED'))).toBe(false);
    expect(isParticipantsIncomplete(refusal(undefined))).toBe(false);
    expect(isParticipantsIncomplete(new Error('PARTICIPANTS_INCOMPLETE'))).toBe(false);
  });
});

describe('the per-line messages', () => {
  // The app's own instance: its plural rules and interpolation settings, not a test's.
  const translator = (language: 'pt-BR' | 'en') => createI18n(language).t;

  it('read with the right plural in pt-BR and en', () => {
    const pt = translator('pt-BR');
    const en = translator('en');
    const values = (count: number, assigned: number, people: number) => ({ line: 'Item 1', count, assigned, people });
    expect(pt('bookings.actions.people.incomplete.missing', values(1, 1, 2))).toBe(
      'Item 1: falta 1 participante (1 de 2).',
    );
    expect(pt('bookings.actions.people.incomplete.missing', values(2, 1, 3))).toBe(
      'Item 1: faltam 2 participantes (1 de 3).',
    );
    expect(pt('bookings.actions.people.incomplete.extra', values(1, 2, 1))).toBe(
      'Item 1: sobra 1 participante (2 de 1).',
    );
    expect(en('bookings.actions.people.incomplete.missing', values(2, 0, 2))).toBe(
      'Item 1: 2 participants missing (0 of 2).',
    );
    expect(en('bookings.actions.people.incomplete.extra', values(1, 3, 2))).toBe(
      'Item 1: 1 participant too many (3 of 2).',
    );
  });
});
