import { defaultRunDir } from './lib/paths.js';
import { down, endpoints, status, up } from './lib/stack.js';

// npm run stack:local [-- up|down|status]: the production rehearsal on loopback (issue 9).
// PROMATA_STACK_DIR overrides where its state, data and logs go (default infrastructure/local/.run).

const runDir = process.env.PROMATA_STACK_DIR ?? defaultRunDir;
const command = process.argv[2] ?? 'up';

async function main(): Promise<number> {
  if (process.getuid?.() !== 0) {
    process.stderr.write('stack:local runs as root: it starts each service as its own unprivileged account.\n');
    return 77;
  }
  switch (command) {
    case 'up': {
      // Interrupted half-way, `up` must not leave processes behind.
      process.once('SIGINT', () => void down(runDir).finally(() => process.exit(130)));
      const state = await up(runDir);
      process.stdout.write(
        ['Rehearsal is up.', ...endpoints(state), 'Stop it with: npm run stack:local -- down', ''].join('\n'),
      );
      return 0;
    }
    case 'down':
      await down(runDir);
      process.stdout.write('Rehearsal stopped and removed.\n');
      return 0;
    case 'status':
      process.stdout.write(`${(await status(runDir)).join('\n')}\n`);
      return 0;
    default:
      process.stderr.write('usage: npm run stack:local -- [up|down|status]\n');
      return 64;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
