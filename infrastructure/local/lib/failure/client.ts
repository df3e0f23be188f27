import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { StackState } from '../state.js';

// The public API as a browser would use it, through the reverse proxy: log in, read, book.

export type Session = { accessToken: string; email: string };
export type Outcome = { status: number; ms: number; body: string; at: number };

export const proxyUrl = (state: StackState) => `http://127.0.0.1:${state.ports.proxy}`;

/** One HTTP request; a network error or timeout is status 0, never a throw. */
export async function request(url: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Outcome> {
  const started = Date.now();
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 20_000) });
    const body = await response.text();
    return { status: response.status, ms: Date.now() - started, body, at: started };
  } catch (error) {
    return {
      status: 0,
      ms: Date.now() - started,
      body: error instanceof Error ? error.message : String(error),
      at: started,
    };
  }
}

/** The demo visitor's e-mail and password, as db:seed-demo printed them. */
export function demoVisitor(state: StackState): { email: string; password: string } {
  const text = readFileSync(state.files.demoAccounts!, 'utf8');
  const match = /Demo visitor:\s+(\S+) password: (\S+)/.exec(text);
  if (!match) throw new Error('the demo seed did not print the visitor account');
  return { email: match[1]!, password: match[2]! };
}

export async function login(state: StackState): Promise<Session> {
  const visitor = demoVisitor(state);
  const response = await request(`${proxyUrl(state)}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(visitor),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.body.slice(0, 200)}`);
  return { accessToken: (JSON.parse(response.body) as { accessToken: string }).accessToken, email: visitor.email };
}

export const authorized = (session: Session) => ({ authorization: `Bearer ${session.accessToken}` });

/** The session is still valid: GET /api/v1/me answers 200. */
export const whoAmI = (state: StackState, session: Session, timeoutMs?: number) =>
  request(`${proxyUrl(state)}/api/v1/me`, { headers: authorized(session), timeoutMs });

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const addDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export type Trail = { id: string; capacity: number; openDays: string[] };

/**
 * A trail of the public catalogue (`rank` 0 = the largest, 1 the next...) and its open days with
 * room, from its availability. Tests that book a lot use different ranks so none runs out of room.
 */
export async function bookableTrail(state: StackState, rank = 0): Promise<Trail> {
  const response = await request(`${proxyUrl(state)}/api/v1/experiences?pageSize=50`);
  type Item = { id: string; category: string; capacity: number; requiresVerifiedProfessor: boolean };
  const trail = (JSON.parse(response.body) as { items: Item[] }).items
    .filter((item) => item.category === 'TRAIL' && !item.requiresVerifiedProfessor)
    .sort((a, b) => b.capacity - a.capacity)[rank];
  if (!trail) throw new Error('the demo catalogue has no bookable trail');
  const availability = await request(
    `${proxyUrl(state)}/api/v1/experiences/${trail.id}/availability?from=${isoDay(10)}&to=${isoDay(70)}`,
  );
  type Day = { date: string; open: boolean; remaining: number };
  const openDays = (JSON.parse(availability.body) as { days: Day[] }).days
    .filter((d) => d.open && d.remaining > 0)
    .map((d) => d.date);
  if (openDays.length === 0) throw new Error(`trail ${trail.id} has no open day: ${availability.body.slice(0, 200)}`);
  return { ...trail, openDays };
}

/**
 * POST /api/v1/bookings for one person on `date`; 201 means acknowledged (committed). Through the
 * proxy unless `baseUrl` names one replica (to wait longer than the proxy's read timeout).
 */
export function createBooking(
  state: StackState,
  session: Session,
  trailId: string,
  date: string,
  timeoutMs = 30_000,
  baseUrl = proxyUrl(state),
) {
  return request(`${baseUrl}/api/v1/bookings`, {
    method: 'POST',
    headers: {
      ...authorized(session),
      'content-type': 'application/json',
      'idempotency-key': `rehearsal-${randomUUID()}`,
    },
    body: JSON.stringify({ lines: [{ experienceId: trailId, startDate: date, endDate: addDay(date), people: 1 }] }),
    timeoutMs,
  });
}

/** A 5xx body must be the API's JSON error, never a stack trace. */
export const leaksStack = (body: string) => /\n\s+at |"stack"\s*:|Error: .*\n/.test(body);
