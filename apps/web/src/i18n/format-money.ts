import type { Language } from './languages';

/** Every price in the catalogue is Brazilian reais, whatever the reader's language. */
export const currency = 'BRL';

const formatters = new Map<Language, Intl.NumberFormat>();

/**
 * An amount of integer centavos (the API's unit for money) as the reader writes money: "R$ 45,00"
 * in pt-BR, "R$45.00" in English. Dividing by 100 is exact for display: Intl rounds to 2 digits.
 */
export function formatMoney(cents: number, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, { style: 'currency', currency });
    formatters.set(language, formatter);
  }
  return formatter.format(cents / 100);
}
