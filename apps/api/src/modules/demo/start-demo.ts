import type { Logger } from 'pino';
import type { AppContext } from '../../platform/context.js';
import { addDemoPictures } from './demo-pictures.js';
import { seedDemo, type DemoSeedResult } from './seed-demo.js';

type SeededDemo = Extract<DemoSeedResult, { seeded: true }>;

/**
 * The embedded default seeds a demo into an empty database so a first `npm start` shows something
 * real. Never on a real PostgreSQL: production data is not something to guess about.
 */
export async function seedDemoIfEmpty(context: AppContext, logger: Logger): Promise<SeededDemo | undefined> {
  const { config, database } = context;
  if (config.DEMO_SEED !== 'auto' || database.kind !== 'embedded') return undefined;
  const result = await seedDemo(database.db);
  if (!result.seeded) return undefined;
  const pictures = await addDemoPictures(context, result.staff.id, result.pictureTargets);
  logger.info({ experiences: result.experiences, pictures }, 'demo data seeded into the empty embedded database');
  return result;
}

/**
 * Printed to the terminal, not the log: the demo passwords are shown once, to the person who
 * started the demo, and never stored anywhere in clear.
 */
export function announceDemo(
  demo: SeededDemo,
  publicUrl: string,
  write = (text: string) => process.stdout.write(text),
): void {
  write(
    [
      '',
      `  Pró-Mata demo is ready at ${publicUrl}`,
      `  Demo staff (ADMIN):  ${demo.staff.email}  password: ${demo.staff.password}`,
      `  Demo visitor:        ${demo.guest.email}  password: ${demo.guest.password}`,
      '  Staff set up two-step verification (an authenticator app) at their first sign-in.',
      '  These passwords are shown only now; delete DATA_DIR to start over.',
      '',
    ].join('\n') + '\n',
  );
}
