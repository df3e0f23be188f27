import type { Language } from '../../i18n/languages';

/** A count as the reader writes numbers ("1.234" in pt-BR, "1,234" in English). */
export const formatCount = (value: number, language: Language): string =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);

/** A fraction as a percentage with one decimal ("37,5%" / "37.5%"); a dash when there is none. */
export const formatRate = (rate: number | null, language: Language): string =>
  rate === null ? '–' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
