/**
 * Result parsing shared by node-postgres and PGlite so both drivers hand the application the same
 * JavaScript values: calendar dates stay `YYYY-MM-DD` strings (a stay date has no time zone, and a
 * JS Date would shift it), counts and small numerics become numbers (money is integer centavos, never
 * numeric, so no precision is lost).
 */
export const pgTypeOid = { int8: 20, numeric: 1700, date: 1082 } as const;

export const typeParsers: Record<number, (value: string) => unknown> = {
  [pgTypeOid.int8]: (value) => Number(value),
  [pgTypeOid.numeric]: (value) => Number(value),
  [pgTypeOid.date]: (value) => value,
};
