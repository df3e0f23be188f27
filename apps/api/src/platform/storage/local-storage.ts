import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { assertSafeObjectKey } from './object-key.js';
import type { ObjectStorage } from './object-storage.js';

const fileMode = 0o600;
const dirMode = 0o700;
/** `~` never appears in a key (object-key.ts), so sidecars and temporary files never clash with one. */
const metaSuffix = '~meta.json';
const fallbackContentType = 'application/octet-stream';

type Metadata = { contentType: string };

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Errors that mean "no object under this key" rather than a broken disk. */
const missingCodes = new Set(['ENOENT', 'ENOTDIR', 'ELOOP']);

/**
 * Writes `data` to `target` so that readers see either the old file or the whole new one, never a
 * partial write: a private temporary file in the same directory (same file system, so rename is
 * atomic), flushed to disk, then renamed over the target, then the directory entry flushed.
 */
async function writeAtomically(target: string, data: Buffer | string): Promise<void> {
  const temporary = `${target}.${randomBytes(6).toString('hex')}~tmp`;
  const handle = await open(temporary, 'wx', fileMode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  const directory = await open(path.dirname(target), 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

async function readContentType(metaPath: string): Promise<string> {
  try {
    const metadata = JSON.parse(await readFile(metaPath, 'utf8')) as Partial<Metadata>;
    return typeof metadata.contentType === 'string' ? metadata.contentType : fallbackContentType;
  } catch (error) {
    // An object copied in by hand (restore from backup without sidecars) is still served.
    if (missingCodes.has(errorCode(error) ?? '')) return fallbackContentType;
    throw error;
  }
}

/**
 * Objects as files under `rootDir` (DATA_DIR/files): `<root>/<key>` holds the bytes and
 * `<root>/<key>~meta.json` the content type. Files are 0600 and directories 0700, since documents
 * carry personal data and nothing but the API process should read them.
 */
export function createLocalStorage(rootDir: string): ObjectStorage {
  const root = path.resolve(rootDir);

  function pathsOf(key: string): { dataPath: string; metaPath: string } {
    assertSafeObjectKey(key);
    const dataPath = path.resolve(root, key);
    // The key check already rules this out; resolving and comparing keeps it true by construction.
    if (!dataPath.startsWith(root + path.sep)) throw new Error('Object key escapes the storage root');
    return { dataPath, metaPath: `${dataPath}${metaSuffix}` };
  }

  return {
    kind: 'local',

    async put(key, body, contentType) {
      const { dataPath, metaPath } = pathsOf(key);
      await mkdir(path.dirname(dataPath), { recursive: true, mode: dirMode });
      // Metadata first: a crash in between leaves a sidecar without data, which reads as missing.
      const metadata: Metadata = { contentType };
      await writeAtomically(metaPath, JSON.stringify(metadata));
      await writeAtomically(dataPath, body);
    },

    async get(key) {
      const { dataPath, metaPath } = pathsOf(key);
      let handle: FileHandle;
      try {
        // O_NOFOLLOW: a symlink planted under the root must not serve a file from elsewhere.
        handle = await open(dataPath, constants.O_RDONLY | constants.O_NOFOLLOW);
      } catch (error) {
        if (missingCodes.has(errorCode(error) ?? '')) return undefined;
        throw error;
      }
      let stats: Stats;
      let contentType: string;
      try {
        stats = await handle.stat();
        contentType = stats.isFile() ? await readContentType(metaPath) : fallbackContentType;
      } catch (error) {
        await handle.close();
        throw error;
      }
      if (!stats.isFile()) {
        await handle.close();
        return undefined;
      }
      // The stream reads from the handle opened above, so a concurrent delete or overwrite cannot
      // change the bytes (or the size) mid-download; the stream closes the handle when done.
      return { body: handle.createReadStream(), contentType, size: stats.size };
    },

    async delete(key) {
      const { dataPath, metaPath } = pathsOf(key);
      await rm(dataPath, { force: true });
      await rm(metaPath, { force: true });
    },

    async ping() {
      await mkdir(root, { recursive: true, mode: dirMode });
      await access(root, constants.R_OK | constants.W_OK);
    },

    async signedUrl(key) {
      pathsOf(key);
      return undefined;
    },
  };
}
