import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the report files side by side; returns their paths. */
export function writeReportFiles(dir: string, base: string, files: Record<string, string>): string[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([extension, content]) => {
    const path = join(dir, `${base}${extension}`);
    writeFileSync(path, content);
    return path;
  });
}
