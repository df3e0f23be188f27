import type { StackState } from '../state.js';

// What every failure test reports: its figures (printed and committed) and the checks that decide
// whether it passed.

export type Figure = number | string | boolean | Record<string, number>;
export type Check = { what: string; ok: boolean };
export type TestResult = {
  name: string;
  passed: boolean;
  seconds: number;
  figures: Record<string, Figure>;
  checks: Check[];
  error?: string;
};

export type Recorder = {
  figure(name: string, value: Figure): void;
  check(what: string, ok: boolean): void;
};

export type FailureTest = { name: string; run(state: StackState, record: Recorder): Promise<void> };

/** Runs one test; an exception is a failed test with its message, not the end of the run. */
export async function runFailureTest(test: FailureTest, state: StackState): Promise<TestResult> {
  const started = Date.now();
  const result: TestResult = { name: test.name, passed: false, seconds: 0, figures: {}, checks: [] };
  const recorder: Recorder = {
    figure: (name, value) => {
      result.figures[name] = value;
    },
    check: (what, ok) => {
      result.checks.push({ what, ok });
    },
  };
  try {
    await test.run(state, recorder);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  result.seconds = Math.round((Date.now() - started) / 100) / 10;
  result.passed = result.error === undefined && result.checks.length > 0 && result.checks.every((c) => c.ok);
  return result;
}

export const seconds = (ms: number) => Math.round(ms / 100) / 10;
