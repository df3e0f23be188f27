import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder of the API's package.json, found from this file whether it runs from the sources
 * (src/…) or from the bundle (dist/…): migrations and the web build are located from there.
 */
export function apiPackageDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'migrations'))) return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Cannot find the API package folder (package.json next to migrations/)');
    dir = parent;
  }
}

export const defaultMigrationsDir = () => join(apiPackageDir(), 'migrations');
export const defaultWebDistDir = () => join(apiPackageDir(), '..', 'web', 'dist');

/** The version in the API's package.json, reported by /api/v1/info and the OpenAPI document. */
export function apiVersion(): string {
  return (JSON.parse(readFileSync(join(apiPackageDir(), 'package.json'), 'utf8')) as { version: string }).version;
}
