import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './load-config.js';

export type Secrets = {
  /** HS256 key of access tokens. */
  jwtKey: Uint8Array;
  /** AES-256-GCM key for secrets stored in the database (TOTP seeds). */
  dataKey: Buffer;
};

type StoredSecrets = { jwtSecret: string; dataEncryptionKey: string };

/**
 * Keys come from the configuration. Outside production, missing ones are generated once and kept
 * in DATA_DIR/secrets.json (mode 0600) so a laptop install keeps its sessions and MFA across
 * restarts without anyone choosing a secret; production refuses to start without them (loadConfig).
 */
export function resolveSecrets(config: Pick<Config, 'JWT_SECRET' | 'DATA_ENCRYPTION_KEY' | 'DATA_DIR'>): Secrets {
  let stored: StoredSecrets | undefined;
  const local = (): StoredSecrets => {
    if (stored) return stored;
    const file = join(config.DATA_DIR, 'secrets.json');
    if (existsSync(file)) return (stored = JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets);
    mkdirSync(config.DATA_DIR, { recursive: true });
    stored = {
      jwtSecret: randomBytes(48).toString('base64url'),
      dataEncryptionKey: randomBytes(32).toString('base64'),
    };
    writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
    chmodSync(file, 0o600);
    return stored;
  };
  const jwtSecret = config.JWT_SECRET ?? local().jwtSecret;
  const dataKey = config.DATA_ENCRYPTION_KEY ?? local().dataEncryptionKey;
  return { jwtKey: new TextEncoder().encode(jwtSecret), dataKey: Buffer.from(dataKey, 'base64') };
}
