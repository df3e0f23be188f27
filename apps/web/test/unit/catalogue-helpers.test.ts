import { describe, expect, it } from 'vitest';
import { priceForRole } from '../../src/features/catalogue/price-for-role';
import { langIfDifferent, localizedText, pickText } from '../../src/features/catalogue/localized-text';
import { responsiveSrcSet } from '../../src/features/catalogue/responsive-image';
import { dayStatus } from '../../src/features/catalogue/day-status';
import { formatMoney } from '../../src/i18n/format-money';
import { formatCalendarDate, formatCalendarMonth, formatCalendarRange } from '../../src/i18n/format-calendar-date';

/** Intl separates "R$" and the amount with a no-break space in pt-BR; compare it visibly. */
const visible = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatMoney', () => {
  it('writes integer centavos as reais in pt-BR', () => {
    expect(visible(formatMoney(4500, 'pt-BR'))).toBe('R$ 45,00');
    expect(visible(formatMoney(123456, 'pt-BR'))).toBe('R$ 1.234,56');
    expect(visible(formatMoney(5, 'pt-BR'))).toBe('R$ 0,05');
  });

  it('writes the same amounts the English way, still in reais', () => {
    expect(formatMoney(4500, 'en')).toBe('R$45.00');
    expect(formatMoney(123456, 'en')).toBe('R$1,234.56');
    expect(formatMoney(0, 'en')).toBe('R$0.00');
  });
});

describe('calendar date formatting', () => {
  it('shows the very day, whatever time zone the process is in', () => {
    expect(formatCalendarDate('2025-12-01', 'pt-BR')).toBe('1 de dezembro de 2025');
    expect(formatCalendarDate('2025-12-01', 'en')).toBe('December 1, 2025');
    expect(formatCalendarDate('2026-01-01', 'en', { weekday: 'long' })).toBe('Thursday');
    expect(formatCalendarDate('not-a-date', 'en')).toBe('not-a-date');
  });

  it('formats months and ranges', () => {
    expect(formatCalendarMonth('2026-01', 'pt-BR')).toBe('janeiro de 2026');
    expect(formatCalendarMonth('2026-01', 'en')).toBe('January 2026');
    expect(visible(formatCalendarRange('2025-12-03', '2025-12-05', 'pt-BR'))).toMatch(
      /^3\s*–\s*5 de dezembro de 2025$/,
    );
    expect(formatCalendarRange('2025-12-03', '2025-12-03', 'en')).toBe('December 3, 2025');
  });
});

describe('text in the current language', () => {
  const both = { pt: 'Trilha das Araucárias', en: 'Araucaria Trail' };
  const ptOnly = { pt: 'Casa dos Pesquisadores', en: null };

  it('picks the reader’s language when the text exists in it', () => {
    expect(pickText(both, 'en')).toEqual({ text: 'Araucaria Trail', lang: 'en' });
    expect(pickText(both, 'pt-BR')).toEqual({ text: 'Trilha das Araucárias', lang: 'pt-BR' });
  });

  it('falls back to pt-BR when the English text is missing or blank, and says so for `lang`', () => {
    expect(pickText(ptOnly, 'en')).toEqual({ text: 'Casa dos Pesquisadores', lang: 'pt-BR' });
    expect(pickText({ pt: 'Só em português', en: '   ' }, 'en')?.lang).toBe('pt-BR');
    expect(langIfDifferent(pickText(ptOnly, 'en'), 'en')).toBe('pt-BR');
    expect(langIfDifferent(pickText(both, 'en'), 'en')).toBeUndefined();
  });

  it('uses English for a Portuguese reader only when there is no Portuguese text (optional fields)', () => {
    expect(pickText({ pt: null, en: 'Water' }, 'pt-BR')).toEqual({ text: 'Water', lang: 'en' });
    expect(pickText({ pt: '', en: null }, 'pt-BR')).toBeUndefined();
    expect(localizedText({ pt: null, en: null }, 'en')).toBe('');
  });
});

describe('price for the visitor’s role', () => {
  const trail = { category: 'TRAIL', priceCents: 4500, professorPriceRule: 'EXEMPT' } as const;
  const paying = { ...trail, professorPriceRule: 'PAYS' } as const;

  it('is free for a signed-in professor when professors are exempt', () => {
    expect(priceForRole(trail, 'PROFESSOR')).toEqual({ kind: 'professor-exempt' });
  });

  it('is the price per person for everyone else, telling them professors do not pay', () => {
    const paid = { kind: 'paid', cents: 4500, perNight: false, professorsExempt: true };
    expect(priceForRole(trail, undefined)).toEqual(paid);
    expect(priceForRole(trail, 'GUEST')).toEqual(paid);
    expect(priceForRole(trail, 'ADMIN')).toEqual(paid);
  });

  it('charges professors when the rule says they pay', () => {
    expect(priceForRole(paying, 'PROFESSOR')).toEqual({
      kind: 'paid',
      cents: 4500,
      perNight: false,
      professorsExempt: false,
    });
  });

  it('prices lodging per night, and says free when it costs nothing', () => {
    expect(priceForRole({ ...paying, category: 'HOSTING', priceCents: 8000 }, 'GUEST')).toMatchObject({
      perNight: true,
    });
    expect(priceForRole({ ...trail, priceCents: 0 }, 'GUEST')).toEqual({ kind: 'free' });
    expect(priceForRole({ ...trail, priceCents: 0 }, 'PROFESSOR')).toEqual({ kind: 'free' });
  });
});

describe('availability day status', () => {
  const day = { date: '2025-12-10', capacity: 30 };

  it('tells remaining places, full days and why a day is closed', () => {
    expect(dayStatus({ ...day, remaining: 12, open: true })).toEqual({ kind: 'open', remaining: 12 });
    expect(dayStatus({ ...day, remaining: 0, open: true })).toEqual({ kind: 'full' });
    expect(dayStatus({ ...day, remaining: 30, open: false, reason: 'WEEK_DAY' })).toEqual({
      kind: 'unavailable',
      reason: 'WEEK_DAY',
    });
    const reason = { pt: 'Manutenção da trilha', en: 'Trail maintenance' };
    expect(
      dayStatus({
        ...day,
        remaining: 30,
        open: false,
        reason: 'CLOSED',
        closures: [{ id: '4a0b9c1e-1d52-4b8e-9a43-6d2f0e7c5b11', reason }],
      }),
    ).toEqual({ kind: 'closed', reasons: [reason] });
    expect(dayStatus(undefined)).toEqual({ kind: 'unknown' });
  });
});

describe('responsive images', () => {
  const variant = (name: string, width: number) => ({ url: `/api/v1/images/x/${name}`, width, height: width });

  it('lists each real width once, for srcset', () => {
    expect(
      responsiveSrcSet({
        w480: variant('w480', 480),
        w960: variant('w960', 960),
        w1600: variant('w1600', 1600),
        card: variant('card', 800),
      }),
    ).toBe('/api/v1/images/x/w480 480w, /api/v1/images/x/w960 960w, /api/v1/images/x/w1600 1600w');
    // A 700 px original is never enlarged: the two larger variants are the same 700 px file.
    expect(
      responsiveSrcSet({
        w480: variant('w480', 480),
        w960: variant('w960', 700),
        w1600: variant('w1600', 700),
        card: variant('card', 700),
      }),
    ).toBe('/api/v1/images/x/w480 480w, /api/v1/images/x/w960 700w');
  });
});
