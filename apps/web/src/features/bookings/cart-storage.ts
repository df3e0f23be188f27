import { isCalendarDate } from '../../lib/calendar-date';
import { maxBookingLines, maxPeoplePerLine } from '../../lib/contract-values';

/**
 * The booking cart kept in localStorage, so it survives the login the confirmation asks for (and a
 * reload). Only ids, dates and people: no personal data is ever stored in the browser. The key is
 * versioned and the value validated on every read: a value from an older release, another tab's
 * half-written state or a hand edit is dropped instead of breaking the page.
 */
export const cartStorageKey = 'promata.cart.v1';

export type CartLine = {
  /** Client-side id of the line, so that two lines of one experience stay apart. */
  key: string;
  experienceId: string;
  startDate: string;
  endDate: string;
  people: number;
};

export type Cart = { version: 1; lines: CartLine[] };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/*
 * Checked by hand, not with zod: the header's cart badge reads the cart on every page, and zod would
 * put ~25 KB gzip on the first load of the public pages.
 */
function toCartLine(value: unknown): CartLine | undefined {
  if (!isRecord(value)) return undefined;
  const { key, experienceId, startDate, endDate, people } = value;
  if (typeof key !== 'string' || key.length < 1 || key.length > 100) return undefined;
  if (typeof experienceId !== 'string' || !uuidPattern.test(experienceId)) return undefined;
  if (!isCalendarDate(startDate) || !isCalendarDate(endDate) || endDate <= startDate) return undefined;
  if (typeof people !== 'number' || !Number.isInteger(people) || people < 1 || people > maxPeoplePerLine) {
    return undefined;
  }
  return { key, experienceId, startDate, endDate, people };
}

/** A stored value as a cart, or undefined when anything in it is off (then the whole cart is dropped). */
export function parseCart(value: unknown): Cart | undefined {
  if (!isRecord(value) || value.version !== 1 || !Array.isArray(value.lines)) return undefined;
  if (value.lines.length > maxBookingLines) return undefined;
  const lines: CartLine[] = [];
  for (const item of value.lines) {
    const line = toCartLine(item);
    if (!line) return undefined;
    lines.push(line);
  }
  return { version: 1, lines };
}

export const emptyCart: Cart = { version: 1, lines: [] };

/** Just what a cart needs of Storage: tests pass a Map-backed one. */
export type CartStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored cart, or an empty one when nothing valid is stored (bad JSON, old shape, no storage). */
export function readCart(storage: CartStorage | undefined): Cart {
  if (!storage) return emptyCart;
  let raw: string | null;
  try {
    raw = storage.getItem(cartStorageKey);
  } catch {
    return emptyCart;
  }
  if (raw === null) return emptyCart;
  let value: unknown;
  try {
    value = JSON.parse(raw) as unknown;
  } catch {
    return emptyCart;
  }
  return parseCart(value) ?? emptyCart;
}

/** Saves the cart (an empty one removes the key); a full or blocked storage keeps it in memory only. */
export function writeCart(storage: CartStorage | undefined, cart: Cart): void {
  if (!storage) return;
  try {
    if (cart.lines.length === 0) storage.removeItem(cartStorageKey);
    else storage.setItem(cartStorageKey, JSON.stringify(cart));
  } catch {
    // Private mode or quota: the cart still works for this page's lifetime.
  }
}

export function addLine(cart: Cart, line: CartLine): Cart {
  if (cart.lines.length >= maxBookingLines) return cart;
  return { ...cart, lines: [...cart.lines, line] };
}

export function removeLine(cart: Cart, key: string): Cart {
  return { ...cart, lines: cart.lines.filter((line) => line.key !== key) };
}

export function setLinePeople(cart: Cart, key: string, people: number): Cart {
  if (!Number.isInteger(people) || people < 1 || people > maxPeoplePerLine) return cart;
  return { ...cart, lines: cart.lines.map((line) => (line.key === key ? { ...line, people } : line)) };
}
