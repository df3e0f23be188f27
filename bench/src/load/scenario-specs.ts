import { addDays } from '../dataset/calendar.js';
import type { BenchPlan } from '../dataset/dataset-types.js';
import { validCpf } from '../dataset/people.js';
import { createRandom } from '../dataset/random.js';
import type { ScenarioId } from '../report/bench-types.js';

export type HttpRequest = { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };

export type ScenarioSpec = {
  id: ScenarioId;
  title: string;
  request: string;
  server: 'node-http' | 'fastify' | 'api';
  /** Statuses that are a correct answer for this scenario (anything else counts as unexpected). */
  expected: readonly number[];
  /** The next request; stateful, so every request of a run differs where it must (keys, dates). */
  next(): HttpRequest;
  /** Contended scenario only: the day to book (warm-up and the statement count use other days). */
  useDay?(date: string): void;
};

export type Credentials = {
  /** Access tokens of guests who have bookings. */
  bookerTokens: string[];
  /** Access token of an ADMIN who passed MFA. */
  staffToken: string;
  /** The password every dataset user has (bench database only). */
  password: string;
};

const json = { 'content-type': 'application/json' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

function cycle<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}

/** A client address per request batch: each address logs in at most `perIp` times (rate limits key on it). */
export function clientAddress(index: number, perIp: number): string {
  const k = Math.floor(index / perIp) + 1;
  return `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`;
}

/**
 * Everything each scenario sends. The booking scenarios keep a counter for the whole run (warm-up,
 * measurement and the statement-count pass share it), so no two requests book the same slot twice
 * more than capacity allows and every Idempotency-Key is new.
 */
export function scenarioSpecs(plan: BenchPlan, credentials: Credentials, runId: string): ScenarioSpec[] {
  const random = createRandom(7);
  const experience = cycle(plan.publicExperienceIds);
  const term = cycle(plan.searchTerms);
  const page = cycle([1, 2, 3, 4]);
  const booker = cycle(credentials.bookerTokens);
  const inbox = cycle(['page=1', 'page=2', 'page=3', 'page=1&status=CREATED', 'page=1&status=PAYMENT_SENT']);
  let logins = 0;
  let bookings = 0;
  let contended = 0;
  let hotDay = plan.contended.date;
  const participants = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      name: `Participante ${i + 1}`,
      document: { type: 'CPF', number: validCpf(random) },
      birthDate: '1990-05-17',
      gender: 'UNDISCLOSED',
      lines: [0],
    }));
  const book = (experienceId: string, date: string, people: number, key: string): HttpRequest => ({
    method: 'POST',
    path: '/api/v1/bookings',
    headers: { ...json, ...bearer(booker()), 'idempotency-key': key },
    body: JSON.stringify({
      lines: [{ experienceId, startDate: date, endDate: addDays(date, 1), people }],
      participants: participants(people),
    }),
  });
  const get = (path: string, headers?: Record<string, string>): HttpRequest => ({ method: 'GET', path, headers });
  const free = plan.freeExperiences;

  return [
    {
      id: 'node-http',
      title: 'bare node:http hello',
      request: 'GET / (JSON)',
      server: 'node-http',
      expected: [200],
      next: () => get('/'),
    },
    {
      id: 'fastify',
      title: 'bare Fastify hello',
      request: 'GET / (JSON)',
      server: 'fastify',
      expected: [200],
      next: () => get('/'),
    },
    {
      id: 'health',
      title: 'liveness',
      request: 'GET /health/live',
      server: 'api',
      expected: [200],
      next: () => get('/health/live'),
    },
    {
      id: 'catalogue',
      title: 'public catalogue list',
      request: 'GET /api/v1/experiences?page=1..4&pageSize=12',
      server: 'api',
      expected: [200],
      next: () => get(`/api/v1/experiences?page=${page()}&pageSize=12`),
    },
    {
      id: 'catalogue-search',
      title: 'public catalogue text search',
      request: 'GET /api/v1/experiences?q=<term>&pageSize=12 (8 terms)',
      server: 'api',
      expected: [200],
      next: () => get(`/api/v1/experiences?q=${encodeURIComponent(term())}&page=1&pageSize=12`),
    },
    {
      id: 'experience',
      title: 'experience detail',
      request: 'GET /api/v1/experiences/:id (53 active)',
      server: 'api',
      expected: [200],
      next: () => get(`/api/v1/experiences/${experience()}`),
    },
    {
      id: 'availability',
      title: 'availability, 62 days',
      request: 'GET /api/v1/experiences/:id/availability?from=today&to=today+61',
      server: 'api',
      expected: [200],
      next: () =>
        get(`/api/v1/experiences/${experience()}/availability?from=${plan.today}&to=${addDays(plan.today, 61)}`),
    },
    {
      id: 'own-bookings',
      title: 'own bookings list',
      request: 'GET /api/v1/bookings?page=1&pageSize=20 (40 guests)',
      server: 'api',
      expected: [200],
      next: () => get('/api/v1/bookings?page=1&pageSize=20', bearer(booker())),
    },
    {
      id: 'staff-inbox',
      title: 'staff inbox page',
      request: 'GET /api/v1/bookings?pageSize=20&page=1..3 or status filter (ADMIN with MFA)',
      server: 'api',
      expected: [200],
      next: () => get(`/api/v1/bookings?pageSize=20&${inbox()}`, bearer(credentials.staffToken)),
    },
    {
      id: 'login',
      title: 'login storm (argon2id)',
      request: 'POST /api/v1/auth/login, 1,000 accounts, ≤ 10 per X-Forwarded-For address, 5% wrong passwords',
      server: 'api',
      expected: [200, 401, 429, 503],
      next: () => {
        const i = logins++;
        const wrong = i % 20 === 19;
        return {
          method: 'POST',
          path: '/api/v1/auth/login',
          headers: { ...json, 'x-forwarded-for': clientAddress(i, 10) },
          body: JSON.stringify({
            email: plan.guestEmails[i % plan.guestEmails.length],
            password: wrong ? 'not the password' : credentials.password,
          }),
        };
      },
    },
    {
      id: 'booking-free',
      title: 'booking creation, free capacity',
      request:
        'POST /api/v1/bookings, 2 people + participants, new Idempotency-Key, spread over 25 experiences × 210 days',
      server: 'api',
      expected: [201],
      next: () => {
        const i = bookings++;
        const slot = free[i % free.length]!;
        const date = addDays(plan.freeFrom, Math.floor(i / free.length) % plan.freeDays);
        return book(slot.id, date, 2, `bench-${runId}-free-${i}`);
      },
    },
    {
      id: 'booking-contended',
      title: 'booking creation, contended day',
      request: `POST /api/v1/bookings, 1–3 people each, all for one day of one experience (${plan.contended.capacity} places)`,
      server: 'api',
      expected: [201, 409],
      useDay: (date) => {
        hotDay = date;
      },
      next: () => {
        const i = contended++;
        return book(plan.contended.experienceId, hotDay, 1 + (i % 3), `bench-${runId}-hot-${i}`);
      },
    },
    {
      id: 'experience-default-shedding',
      title: 'experience detail, default load shedding',
      request: 'GET /api/v1/experiences/:id against an API with the default MAX_EVENT_LOOP_UTILIZATION (0.98)',
      server: 'api',
      expected: [200, 503],
      next: () => get(`/api/v1/experiences/${experience()}`),
    },
  ];
}
