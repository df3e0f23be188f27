import type pg from 'pg';
import type { Dataset } from './dataset-types.js';

const batchSize = 5000;

/**
 * Inserts rows in batches through json_populate_recordset: one statement per 5,000 rows, columns
 * matched by name against the table's own row type, so the column list cannot drift from the JSON.
 */
async function insertRows(client: pg.ClientBase, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).join(', ');
  for (let i = 0; i < rows.length; i += batchSize) {
    await client.query(
      `insert into ${table} (${columns}) select ${columns} from json_populate_recordset(null::${table}, $1::json)`,
      [JSON.stringify(rows.slice(i, i + batchSize))],
    );
  }
}

/** Loads a generated dataset into a migrated database in one transaction, then refreshes statistics. */
export async function insertDataset(client: pg.ClientBase, dataset: Dataset, passwordHash: string): Promise<void> {
  await client.query('begin');
  try {
    await insertRows(client, 'experiences', dataset.experiences);
    await insertRows(
      client,
      'users',
      dataset.users.map((user) => ({ ...user, password_hash: passwordHash, email_verified_at: user.created_at })),
    );
    await insertRows(client, 'bookings', dataset.bookings);
    await insertRows(client, 'booking_lines', dataset.lines);
    await insertRows(client, 'booking_participants', dataset.participants);
    await insertRows(client, 'booking_participant_lines', dataset.participantLines);
    await insertRows(client, 'booking_events', dataset.events);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  await client.query('analyze');
}
