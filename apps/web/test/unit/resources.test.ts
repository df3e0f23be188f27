import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '../../src/i18n/languages';
import { resources } from '../../src/i18n/resources';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a message tree as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? leaves(value, path) : [[path, value]];
  });
}

/** `{{name}}` placeholders: a translation that drops one would print a hole in the sentence. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const ptLeaves = new Map(leaves(resources['pt-BR'].translation));
const enLeaves = new Map(leaves(resources.en.translation));

describe('i18n resources', () => {
  it('exist for every supported language and nothing else', () => {
    expect(Object.keys(resources).sort()).toEqual([...supportedLanguages].sort());
  });

  it('have exactly the same keys in pt-BR and en', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...ptLeaves.keys()].sort());
    expect(ptLeaves.size).toBeGreaterThan(0);
  });

  it.each(supportedLanguages)('are all non-empty strings in %s', (language) => {
    for (const [key, value] of leaves(resources[language].translation)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, pt] of ptLeaves) {
      expect(placeholders(String(enLeaves.get(key))), key).toEqual(placeholders(String(pt)));
    }
  });

  it('name each language by its autonym, identically in every language', () => {
    for (const language of supportedLanguages) {
      expect(resources[language].translation.language.names).toEqual({
        'pt-BR': 'Português (Brasil)',
        en: 'English',
      });
    }
  });

  it('are really translated: the home heading differs between languages', () => {
    expect(resources['pt-BR'].translation.home.hero.heading).toBe('Boas-vindas ao Pró-Mata');
    expect(resources.en.translation.home.hero.heading).toBe('Welcome to Pró-Mata');
  });
});
