import { useSyncExternalStore } from 'react';
import { addLine, cartStorageKey, emptyCart, readCart, removeLine, setLinePeople, writeCart } from './cart-storage';
import type { Cart, CartLine } from './cart-storage';

/** localStorage when the browser allows it (it throws in some private modes). */
function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

let current: Cart | undefined;
const listeners = new Set<() => void>();

function snapshot(): Cart {
  current ??= readCart(browserStorage());
  return current;
}

function update(change: (cart: Cart) => Cart): void {
  current = change(snapshot());
  writeCart(browserStorage(), current);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the cart: read it again rather than overwrite it later.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== cartStorageKey && event.key !== null) return;
    current = readCart(browserStorage());
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export const cartActions = {
  add: (line: CartLine) => update((cart) => addLine(cart, line)),
  remove: (key: string) => update((cart) => removeLine(cart, key)),
  setPeople: (key: string, people: number) => update((cart) => setLinePeople(cart, key, people)),
  clear: () => update(() => emptyCart),
};

export function useCart(): Cart {
  return useSyncExternalStore(subscribe, snapshot, () => emptyCart);
}
