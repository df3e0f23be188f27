import type { Outcome } from './client.js';

// A closed-loop load generator: `workers` concurrent loops, each sending the next request as soon
// as the previous one answered, until stopped. Every outcome is kept with its start time so a test
// can say when failures happened relative to what it did.

export type Load = { stop(): Promise<Outcome[]>; outcomes: Outcome[] };

export function startLoad(workers: number, send: (worker: number, i: number) => Promise<Outcome>): Load {
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let i = 0; running; i += 1) outcomes.push(await send(worker, i));
  });
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

export type LoadFigures = { sent: number; failed: number; statuses: Record<string, number> };

/** Failed = no HTTP answer or a 5xx: what a user sees as the site being broken. */
export const isFailure = (outcome: Outcome) => outcome.status === 0 || outcome.status >= 500;

export function loadFigures(outcomes: Outcome[]): LoadFigures {
  const statuses: Record<string, number> = {};
  for (const outcome of outcomes) statuses[String(outcome.status)] = (statuses[String(outcome.status)] ?? 0) + 1;
  return { sent: outcomes.length, failed: outcomes.filter(isFailure).length, statuses };
}
