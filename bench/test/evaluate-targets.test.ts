import { describe, expect, it } from 'vitest';
import { evaluateTargets, ratioToNodeHttp } from '../src/report/evaluate-targets.js';
import { report, scenario } from './report-fixture.js';

const verdict = (verdicts: ReturnType<typeof evaluateTargets>, key: string) => verdicts.find((v) => v.key === key)!;

describe('ratios and targets', () => {
  it('expresses throughput as a share of the same run node:http', () => {
    const run = report([scenario('node-http', { rps: 20_000 }), scenario('catalogue', { rps: 2_500 })]);
    expect(ratioToNodeHttp(run, 'catalogue')).toBeCloseTo(0.125);
    expect(ratioToNodeHttp(run, 'node-http')).toBe(1);
    expect(ratioToNodeHttp(report([scenario('catalogue')]), 'catalogue')).toBeUndefined();
  });

  it('needs both 10% of node:http and p99 ≤ 50 ms for public reads', () => {
    const run = report([
      scenario('node-http', { rps: 10_000 }),
      scenario('catalogue', { rps: 1_000, latencyP99Ms: 50 }),
      scenario('experience', { rps: 999, latencyP99Ms: 10 }),
      scenario('catalogue-search', { rps: 5_000, latencyP99Ms: 51 }),
    ]);
    const verdicts = evaluateTargets(run);
    expect(verdict(verdicts, 'catalogue').met).toBe(true);
    expect(verdict(verdicts, 'experience').met).toBe(false);
    expect(verdict(verdicts, 'catalogue-search').met).toBe(false);
    expect(verdict(verdicts, 'experience').explanation).toMatch(
      /of CPU per request; at 999 req\/s that is 75% of the 2 cores/,
    );
  });

  it('judges bookings on created per second, logins on timeouts and p99, and contention on SQL', () => {
    const run = report([
      scenario('node-http'),
      scenario('booking-free', { okRps: 499.9 }),
      scenario('login', { latencyP99Ms: 1900, statusCounts: { '200': 10, '429': 5, '503': 5 } }),
      scenario('own-bookings', { rps: 50 }),
    ]);
    run.contention = { capacity: 30, accepted: 20, refused: 100, placesTaken: 31, overbooked: true };
    const verdicts = evaluateTargets(run);
    expect(verdict(verdicts, 'booking-free').met).toBe(false);
    expect(verdict(verdicts, 'login').met).toBe(true);
    expect(verdict(verdicts, 'own-bookings').met).toBe(true);
    expect(verdict(verdicts, 'contention').met).toBe(false);

    run.scenarios[2] = scenario('login', { timeouts: 1 });
    expect(verdict(evaluateTargets(run), 'login').met).toBe(false);
  });

  it('takes the RSS peak over the API scenarios only', () => {
    const run = report([scenario('node-http', { rssPeakMb: 900 }), scenario('health', { rssPeakMb: 199 })]);
    expect(verdict(evaluateTargets(run), 'rss').met).toBe(true);
    run.scenarios.push(scenario('login', { rssPeakMb: 201 }));
    expect(verdict(evaluateTargets(run), 'rss')).toMatchObject({ met: false, measured: '201 MB peak' });
  });
});
