import { describe, expect, it } from 'vitest';
import { defaultLanguage, isLanguage, resolveLanguage, supportedLanguages } from '../../src/i18n/languages';

describe('supported languages', () => {
  it('are pt-BR (the default) and en', () => {
    expect(supportedLanguages).toEqual(['pt-BR', 'en']);
    expect(defaultLanguage).toBe('pt-BR');
  });

  it('recognises only the exact supported tags', () => {
    expect(isLanguage('pt-BR')).toBe(true);
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('pt')).toBe(false);
    expect(isLanguage('en-US')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
    expect(isLanguage(42)).toBe(false);
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['pt-BR', 'pt-BR'],
    ['pt-br', 'pt-BR'],
    ['PT-BR', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    [' en-US ', 'en'],
  ])('maps %j to %s', (tag, expected) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });

  it.each(['fr', 'fr-FR', 'es', 'de-DE', '', '   '])('has no match for %j', (tag) => {
    expect(resolveLanguage(tag)).toBeUndefined();
  });

  it('has no match for a missing tag', () => {
    expect(resolveLanguage(null)).toBeUndefined();
    expect(resolveLanguage(undefined)).toBeUndefined();
  });
});
