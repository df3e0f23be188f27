import type { Language } from '../../i18n/languages';

/** The contract's bound on `priceCents`: R$ 100 000,00. */
export const maxPriceCents = 10_000_000;

/** The separator a language writes before centavos; the other one groups thousands. */
function decimalSeparator(language: Language): ',' | '.' {
  return language === 'en' ? '.' : ',';
}

/** "1.234.567" or "1,234" → digits, when every group after the first has three of them. */
function ungroup(integer: string): string | undefined {
  if (/^\d+$/.test(integer)) return integer;
  const grouped = /^\d{1,3}(?:\.\d{3})+$/.test(integer) || /^\d{1,3}(?:,\d{3})+$/.test(integer);
  return grouped ? integer.replace(/[.,]/g, '') : undefined;
}

/**
 * Reais as typed by staff ("45", "45,5", "45,50", "1.234,56", "R$ 1,234.56") to integer centavos,
 * by string arithmetic: `Number("45.50") * 100` is 4549.999…, which a float rounding would hide
 * until the one price where it does not. Both separators are accepted in both languages, read by
 * position: the last separator followed by one or two digits is the decimal one; a separator
 * followed by exactly three digits groups thousands, except the language's own decimal separator
 * written alone (pt-BR "1,234" is not a price). Undefined for anything that is not an amount.
 */
export function parseReaisToCents(text: string, language: Language): number | undefined {
  const compact = text.replace(/^\s*R\$/i, '').replace(/[\s\u00a0]/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  let integer = compact;
  let fraction = '';
  const last = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  if (last >= 0) {
    const separator = compact[last] === ',' ? ',' : '.';
    const tail = compact.slice(last + 1);
    if (/^\d{1,2}$/.test(tail)) {
      // "45,5", "45.50", "1.234,56": centavos, after an integer part that may be grouped with
      // the other separator ("1,234,56" mixes both roles in one character and is refused).
      integer = compact.slice(0, last);
      fraction = tail;
      if (integer.includes(separator)) return undefined;
    } else if (tail.length !== 3) {
      return undefined;
    } else if (separator === decimalSeparator(language) && /^\d+[.,]\d{3}$/.test(compact)) {
      // "1,234" in pt-BR, "1.234" in en: three decimals or a grouping, nobody can tell. Refused.
      return undefined;
    }
  }
  const digits = ungroup(integer);
  if (digits === undefined || digits.length > 9) return undefined;
  return Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Centavos as the price input shows them: "45,50" (pt-BR) or "45.50" (en), no grouping, no symbol. */
export function formatCentsForInput(cents: number, language: Language): string {
  const reais = Math.trunc(cents / 100);
  const rest = String(Math.abs(cents % 100)).padStart(2, '0');
  return `${reais}${decimalSeparator(language)}${rest}`;
}

/** Centavos for reading: "R$ 45,50" in pt-BR, "R$45.50" in en. */
export function formatBrl(cents: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'BRL' }).format(cents / 100);
}
