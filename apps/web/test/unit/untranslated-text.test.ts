import { ESLint, type Linter } from 'eslint';
import i18next from 'eslint-plugin-i18next';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// Every text a visitor or staff member can see or hear goes through i18next: literal text in JSX,
// and literal values of the attributes that are read out or shown (labels, titles, alt texts).
// Keys used with t() are checked by the type checker (src/i18n/i18next.d.ts); keys present in one
// language and not the other by resources.test.ts. This file covers what neither can see.

const webRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Attributes whose value reaches people: a literal there is an untranslated text. */
const spokenAttributes =
  'aria-label|aria-description|aria-roledescription|aria-valuetext|title|alt|placeholder|label|hint|heading|summary|caption|description';

const rules: Linter.RulesRecord = {
  // Text between tags (the plugin's jsx-text-only mode); numbers, punctuation and CONSTANTS pass.
  'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
  'no-restricted-syntax': [
    'error',
    {
      selector: `JSXAttribute[name.name=/^(${spokenAttributes})$/] > Literal[value=/\\p{L}/u]`,
      message: 'Untranslated attribute text: use t().',
    },
    {
      selector: `JSXAttribute[name.name=/^(${spokenAttributes})$/] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/\\p{L}{2}/u]`,
      message: 'Untranslated words in an attribute template: use t() with a placeholder.',
    },
  ],
};

function linter(): ESLint {
  return new ESLint({
    cwd: webRoot,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.tsx'], languageOptions: { parser: tseslint.parser }, plugins: { i18next }, rules },
    ],
  });
}

/** "file:line text" for every finding, so a failure names what to translate. */
function findings(results: ESLint.LintResult[]): string[] {
  return results.flatMap((result) =>
    result.messages.map((message) => `${result.filePath.replace(webRoot, '')}:${message.line} ${message.message}`),
  );
}

describe('user-visible text', () => {
  it('is translated in every component of the web app', async () => {
    const results = await linter().lintFiles(['src/**/*.tsx']);
    expect(results.length).toBeGreaterThan(50);
    expect(findings(results)).toEqual([]);
  });

  it('would be caught when written literally, in text and in spoken attributes', async () => {
    const source = [
      'export function Sample({ n }: { n: number }) {',
      '  return (',
      '    <section aria-label="Próximas chegadas">',
      '      <h2>Arrivals</h2>',
      '      <img src="/a.png" alt={`Photo ${n}`} />',
      '      <p className="note" data-testid="count">{n}</p>',
      '    </section>',
      '  );',
      '}',
    ].join('\n');
    const results = await linter().lintText(source, { filePath: `${webRoot}src/sample.tsx` });
    const lines = findings(results).map((finding) => finding.split(' ')[0]);
    // The label, the heading text and the alt template; not the class name, test id or numbers.
    expect(lines).toEqual(['src/sample.tsx:3', 'src/sample.tsx:4', 'src/sample.tsx:5']);
  });
});
