import { parseArgs } from 'node:util';
import { emailSchema, roleSchema, type Role } from '@promata/contracts';
import { seedDemo } from '../modules/demo/seed-demo.js';
import { inviteUser, setPasswordLinkTtlHours } from '../modules/users/invite-user.js';
import { ConfigError, loadConfig, type Config } from '../platform/config/load-config.js';
import { migrate } from '../platform/db/migrator.js';
import { AppError } from '../platform/http/app-error.js';
import { openConfiguredDatabase } from '../platform/open-platform.js';

type Output = { out: (text: string) => void; err: (text: string) => void };

const usage = `Usage: npm run promata -- <command> [options]

Commands:
  db:migrate                      apply pending database migrations
  db:seed-demo                    fill an empty database with the demo catalogue and accounts
  user:create --role ROOT|ADMIN --email <e-mail> [--name <name>] [--locale pt-BR|en]
                                  create a staff account and print a one-time set-password link
  help                            show this text

The database is the one the API would use: DATABASE_URL, or the embedded one under DATA_DIR.
`;

/** Staff accounts only: visitors sign up themselves, and professors are verified, not created. */
const creatableRoles: readonly Role[] = ['ROOT', 'ADMIN'];

async function withDatabase<T>(
  config: Config,
  work: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>) => Promise<T>,
) {
  const database = await openConfiguredDatabase(config);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** The operators' command line. Returns the exit code; all output goes through `io`. */
export async function runCli(
  argv: string[],
  env = process.env,
  io: Output = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) },
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') {
    io.out(usage);
    return command === undefined ? 64 : 0;
  }
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`${error.message}\n`);
      return 78;
    }
    throw error;
  }

  switch (command) {
    case 'db:migrate':
      return withDatabase(config, async ({ db }) => {
        const applied = await migrate(db);
        io.out(applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n');
        return 0;
      });

    case 'db:seed-demo':
      return withDatabase(config, async ({ db }) => {
        await migrate(db);
        const result = await seedDemo(db);
        if (!result.seeded) {
          io.out('The database already has users or experiences; nothing was seeded.\n');
          return 0;
        }
        io.out(
          `Seeded ${result.experiences} experiences.\n` +
            `Demo staff (ADMIN): ${result.staff.email} password: ${result.staff.password}\n` +
            `Demo visitor:       ${result.guest.email} password: ${result.guest.password}\n`,
        );
        return 0;
      });

    case 'user:create': {
      const { values } = parseArgs({
        args: rest,
        options: {
          role: { type: 'string' },
          email: { type: 'string' },
          name: { type: 'string' },
          locale: { type: 'string' },
        },
        strict: true,
      });
      const role = roleSchema.safeParse(values.role);
      if (!role.success || !creatableRoles.includes(role.data)) {
        io.err(`--role must be one of ${creatableRoles.join(', ')}\n\n${usage}`);
        return 64;
      }
      const email = emailSchema.safeParse(values.email);
      if (!email.success) {
        io.err(`--email must be a valid e-mail address\n\n${usage}`);
        return 64;
      }
      const locale = values.locale === 'en' ? 'en' : 'pt-BR';
      return withDatabase(config, async ({ db }) => {
        await migrate(db);
        try {
          const invitation = await inviteUser(
            db,
            { email: email.data, name: values.name ?? email.data.split('@')[0] ?? email.data, role: role.data, locale },
            { publicUrl: config.PUBLIC_URL },
          );
          io.out(
            `Created ${invitation.user.role} ${invitation.user.email}.\n` +
              `Set the password within ${setPasswordLinkTtlHours} hours, once, at:\n  ${invitation.setPasswordUrl}\n`,
          );
          return 0;
        } catch (error) {
          if (error instanceof AppError && error.code === 'CONFLICT') {
            io.err(`An account with the e-mail ${values.email} already exists.\n`);
            return 1;
          }
          throw error;
        }
      });
    }

    default:
      io.err(`Unknown command: ${command}\n\n${usage}`);
      return 64;
  }
}
