import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from '../../src/platform/i18n/request-locale.js';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'pt-BR'],
    ['', 'pt-BR'],
    ['en-US,en;q=0.9', 'en'],
    ['pt-PT', 'pt-BR'],
    ['fr-FR, en;q=0.5', 'en'],
    ['de', 'pt-BR'],
    ['en;q=0.2, pt-BR;q=0.8', 'pt-BR'],
    ['pt;q=0, en', 'en'],
  ])('%s → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });
});
