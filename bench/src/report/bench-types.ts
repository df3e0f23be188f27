/** The scenarios of one run, in the order they are measured and reported. */
export const scenarioIds = [
  'node-http',
  'fastify',
  'health',
  'catalogue',
  'catalogue-search',
  'experience',
  'availability',
  'own-bookings',
  'staff-inbox',
  'login',
  'booking-free',
  'booking-contended',
  'experience-default-shedding',
] as const;
export type ScenarioId = (typeof scenarioIds)[number];

export type ScenarioResult = {
  id: ScenarioId;
  title: string;
  /** What the scenario sends, in one line. */
  request: string;
  connections: number;
  durationS: number;
  requests: number;
  /** All answers per second, whatever the status. */
  rps: number;
  /** 2xx answers per second. */
  okRps: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Socket errors and client timeouts (no answer at all). */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Answers by status code. */
  statusCounts: Record<string, number>;
  /** Answers whose status is not one the scenario expects (5xx, or 4xx it does not plan for). */
  unexpected: number;
  rssPeakMb: number;
  serverCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number | null;
  statementsPerRequest: number | null;
};

export type ContentionCheck = {
  capacity: number;
  accepted: number;
  refused: number;
  placesTaken: number;
  overbooked: boolean;
};

export type MachineInfo = {
  host: string;
  cpuModel: string;
  cores: number;
  memoryGb: number;
  loadAverage: [number, number, number];
  node: string;
  postgres: string;
  redis: string;
  commit: string;
  dirty: boolean;
  os: string;
};

export type DatasetSummary = {
  seed: number;
  experiences: number;
  users: number;
  bookings: number;
  lines: number;
  participants: number;
  events: number;
  loadSeconds: number;
};

export type BenchReport = {
  kind: 'api';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  dataset: DatasetSummary;
  scenarios: ScenarioResult[];
  contention: ContentionCheck;
  notes: string[];
};

/** What a verdict is about: a scenario, the API's memory, or a web page's budget. */
export type VerdictKey = ScenarioId | 'contention' | 'rss' | `web-${string}`;

export type TargetVerdict = {
  key: VerdictKey;
  target: string;
  measured: string;
  met: boolean;
  /** Why it was missed and what would fix it; empty when met. */
  explanation: string;
};
