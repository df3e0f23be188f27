import type { FastifyInstance } from 'fastify';
import type { LoggedIn } from '../../../../test-support/accounts.js';
import { addDays, calendarDateAt } from '../../src/modules/availability/calendar-date.js';

/** The reserve's date today, and n days from it. */
export const today = () => calendarDateAt(new Date());
export const inDays = (n: number) => addDays(today(), n);

/** A valid CPF (check digits computed) from 9 digits. */
export function cpfFrom(nine: string): string {
  const digits = nine.split('').map(Number);
  const check = (length: number) => {
    let sum = 0;
    for (let i = 0; i < length; i += 1) sum += digits[i]! * (length + 1 - i);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  digits.push(check(9));
  digits.push(check(10));
  return digits.join('');
}

export function participant(n: number, lines: number[] = [0]) {
  return {
    name: `Participante ${n}`,
    document: { type: 'CPF', number: cpfFrom(String(100_000_000 + n).slice(-9)) },
    birthDate: '1990-05-17',
    gender: 'UNDISCLOSED',
    lines,
  };
}

export const dayLine = (experienceId: string, start: string, people: number) => ({
  experienceId,
  startDate: start,
  endDate: addDays(start, 1),
  people,
});

export function postBooking(
  app: FastifyInstance,
  session: LoggedIn,
  payload: unknown,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/bookings',
    payload: payload as object,
    headers: { ...session.headers, ...headers },
  });
}
