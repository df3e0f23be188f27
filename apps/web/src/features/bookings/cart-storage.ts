import { maxBookingLines, maxPeoplePerLine } from '@promata/contracts';
import { z } from 'zod';
import { isCalendarDate } from '../../lib/calendar-date';

/**
 * The booking cart kept in localStorage, so it survives the login the confirmation asks for (and a
 * reload). Only ids, dates and people: no personal data is ever stored in the browser. The key is
 * versioned and the value validated on every read: a value from an older release, another tab's
 * half-written state or a hand edit is dropped instead of breaking the page.
 */
export const cartStorageKey = 'promata.cart.v1';

const calendarDate = z.string().refine(isCalendarDate);

export const cartLineSchema = z
  .object({
    /** Client-side id of the line, so that two lines of one experience stay apart. */
    key: z.string().min(1).max(100),
    experienceId: z.uuid(),
    startDate: calendarDate,
    endDate: calendarDate,
    people: z.number().int().min(1).max(maxPeoplePerLine),
  })
  .refine((line) => line.endDate > line.startDate);
export type CartLine = z.infer<typeof cartLineSchema>;

export const cartSchema = z.object({
  version: z.literal(1),
  lines: z.array(cartLineSchema).max(maxBookingLines),
});
export type Cart = z.infer<typeof cartSchema>;

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
  const parsed = cartSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyCart;
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
