import { sql, type RawBuilder } from 'kysely';

const maxTerms = 8;

/**
 * The words of a visitor's search as a prefix tsquery: "Trilha arauc" → `Trilha:* & arauc:*`, every
 * word required, each matching the start of a word. Only letters and digits survive the split, so
 * no tsquery operator from the input ever reaches `to_tsquery`. Undefined when nothing is left.
 */
export function prefixTsquery(text: string): string | undefined {
  const words = text
    .normalize('NFC') // a decomposed "á" (a + combining accent) must stay one word
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, maxTerms);
  return words.length > 0 ? words.map((word) => `${word}:*`).join(' & ') : undefined;
}

/** The query folded by the same function as the stored vector, so accents and case never matter. */
export const foldedTsquery = (tsquery: string): RawBuilder<unknown> =>
  sql`to_tsquery('simple'::regconfig, promata_fold(${tsquery}))`;
