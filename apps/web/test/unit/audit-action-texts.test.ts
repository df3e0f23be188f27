import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditActionKey } from '../../src/features/staff-audit/audit-action';
import { staffConsoleTexts } from '../../src/features/staff-dashboard/console-texts';

const apiSource = fileURLToPath(new URL('../../../api/src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every audit action the API records, read from its source (`action: 'closure.updated'`). */
function recordedActions(): string[] {
  const actions = new Set<string>();
  for (const file of sourceFiles(apiSource)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/\baction: /.test(line)) continue;
      for (const match of line.matchAll(/'([a-z]+\.[a-z_]+)'/g)) actions.add(match[1]!);
    }
  }
  return [...actions].sort();
}

describe('audit console texts', () => {
  it('has words in pt-BR and en for every action the API records, so none shows as its raw code', () => {
    const actions = recordedActions();
    expect(actions).toContain('booking.created');
    expect(actions).toContain('professor.rejected');
    for (const language of ['pt-BR', 'en'] as const) {
      const missing = actions.filter((action) => !auditActionKey(action, staffConsoleTexts[language].audit.actions));
      expect(missing, language).toEqual([]);
    }
  });
});
