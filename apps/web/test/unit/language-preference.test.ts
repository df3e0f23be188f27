import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  detectBrowserLanguage,
  detectLanguage,
  languageStorageKey,
  readStoredLanguage,
  rememberBrowserLanguage,
  storeLanguage,
} from '../../src/i18n/language-preference';

/** A Storage stand-in backed by a Map; only the two methods the module uses. */
function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

/** Storage as browsers expose it when the visitor blocks site data: every call throws. */
const blockedStorage = {
  getItem: (): string | null => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: (): void => {
    throw new DOMException('quota', 'QuotaExceededError');
  },
};

describe('stored language', () => {
  it('reads a stored choice under its key', () => {
    expect(readStoredLanguage(memoryStorage({ [languageStorageKey]: 'en' }))).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(readStoredLanguage(memoryStorage({ [languageStorageKey]: 'fr' }))).toBeUndefined();
    expect(readStoredLanguage(memoryStorage())).toBeUndefined();
    expect(readStoredLanguage(undefined)).toBeUndefined();
  });

  it('writes the choice under its key', () => {
    const storage = memoryStorage();
    storeLanguage('en', storage);
    expect(storage.values.get(languageStorageKey)).toBe('en');
  });

  it('survives storage that throws', () => {
    expect(readStoredLanguage(blockedStorage)).toBeUndefined();
    expect(() => storeLanguage('en', blockedStorage)).not.toThrow();
    expect(() => storeLanguage('en', undefined)).not.toThrow();
  });
});

describe('detectLanguage', () => {
  it('prefers the stored choice over the browser languages', () => {
    expect(detectLanguage(memoryStorage({ [languageStorageKey]: 'en' }), ['pt-BR'])).toBe('en');
    expect(detectLanguage(memoryStorage({ [languageStorageKey]: 'pt-BR' }), ['en-US'])).toBe('pt-BR');
  });

  it('then takes the first browser language that is supported, in order', () => {
    expect(detectLanguage(memoryStorage(), ['fr-FR', 'en-GB', 'pt-BR'])).toBe('en');
    expect(detectLanguage(memoryStorage(), ['de', 'pt', 'en'])).toBe('pt-BR');
    expect(detectLanguage(undefined, ['en-US'])).toBe('en');
  });

  it('ignores an unsupported stored value and blocked storage', () => {
    expect(detectLanguage(memoryStorage({ [languageStorageKey]: 'xx' }), ['en'])).toBe('en');
    expect(detectLanguage(blockedStorage, ['en'])).toBe('en');
  });

  it('falls back to pt-BR', () => {
    expect(detectLanguage(memoryStorage(), [])).toBe('pt-BR');
    expect(detectLanguage(memoryStorage(), ['fr', 'es'])).toBe('pt-BR');
  });
});

describe('browser integration', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('detects from localStorage and navigator.languages', () => {
    const storage = memoryStorage();
    vi.stubGlobal('window', { localStorage: storage });
    vi.stubGlobal('navigator', { languages: ['en-US', 'pt-BR'], language: 'en-US' });
    expect(detectBrowserLanguage()).toBe('en');

    rememberBrowserLanguage('pt-BR');
    expect(storage.values.get(languageStorageKey)).toBe('pt-BR');
    expect(detectBrowserLanguage()).toBe('pt-BR');
  });

  it('uses navigator.language when navigator.languages is empty', () => {
    vi.stubGlobal('window', { localStorage: memoryStorage() });
    vi.stubGlobal('navigator', { languages: [], language: 'en-AU' });
    expect(detectBrowserLanguage()).toBe('en');
  });

  it('works when reading window.localStorage itself throws', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    vi.stubGlobal('navigator', { languages: ['en'], language: 'en' });
    expect(detectBrowserLanguage()).toBe('en');
    expect(() => rememberBrowserLanguage('en')).not.toThrow();
  });
});
