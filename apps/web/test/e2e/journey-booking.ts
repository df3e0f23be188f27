import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Messages } from '../../src/i18n/resources/pt-br';
import { accessibilityViolations } from './accessibility';

// The visitor's two ways of booking a trail day in the journey: the keyboard alone (pt-BR) and
// the pointer (en). Each ends by pressing "confirm" on the cart page.

/** Presses Tab until `target` has the focus: proof that the keyboard alone reaches it. */
async function tabTo(page: Page, target: Locator, limit = 150): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`${limit} presses of Tab never reached ${String(target)}`);
}

/** Moves the calendar's focus with the arrow keys from wherever it is to `day`. */
async function arrowToDay(page: Page, day: string): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.date);
    if (focused === undefined) throw new Error('the focus left the calendar');
    if (focused === day) return;
    const weeks = Math.trunc((Date.parse(day) - Date.parse(focused)) / (7 * 86_400_000));
    await page.keyboard.press(
      weeks > 0 ? 'ArrowDown' : weeks < 0 ? 'ArrowUp' : day > focused ? 'ArrowRight' : 'ArrowLeft',
    );
  }
  throw new Error(`the arrow keys never reached ${day}`);
}

/** Chooses an option of the focused <select> with the arrow keys. */
async function arrowToOption(page: Page, select: Locator, value: string): Promise<void> {
  await page.keyboard.press('Home');
  for (let presses = 0; presses < 10; presses += 1) {
    if ((await select.inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${value} reached with the arrow keys`);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** The booking made with the keyboard alone: day, people, cart, participant, confirmation. */
export async function bookWithKeyboard(page: Page, t: Messages, day: string): Promise<void> {
  await tabTo(page, page.locator('[data-date][tabindex="0"]'));
  await arrowToDay(page, day);
  await page.keyboard.press('Enter');
  expect(await page.getByTestId('book-start').inputValue()).toBe(day);
  await typeInto(page, page.getByTestId('book-people'), '1');
  await tabTo(page, page.getByRole('button', { name: t.bookings.add.submit, exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByTestId('go-to-cart'));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: t.bookings.cart.heading }).waitFor();
  await page.getByTestId('cart-line').waitFor();

  await tabTo(page, page.getByTestId('add-participant'));
  await page.keyboard.press('Enter');
  await typeInto(page, page.locator('#participant-0-name'), 'Ana Souza');
  await typeInto(page, page.locator('#participant-0-document'), '529.982.247-25');
  // A date field takes its digits in the order of the system's locale, not the page's.
  const birth = page.locator('#participant-0-birth');
  await typeInto(page, birth, '01041990');
  if ((await birth.inputValue()) === '1990-01-04') {
    // Month first: back over the year and day parts of the field, and again in that order.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('04011990');
  }
  expect(await birth.inputValue()).toBe('1990-04-01');
  const gender = page.locator('#participant-0-gender');
  await tabTo(page, gender);
  await arrowToOption(page, gender, 'FEMALE');
  await tabTo(page, page.getByTestId('confirm-booking'));
  await page.keyboard.press('Enter');
}

/** The same booking with the mouse, for the English run: a foreign participant with a passport. */
export async function bookWithPointer(page: Page, t: Messages, day: string): Promise<void> {
  await page.locator(`[data-date="${day}"]`).click();
  await page.getByTestId('book-people').fill('1');
  await page.getByRole('button', { name: t.bookings.add.submit, exact: true }).click();
  await page.getByTestId('go-to-cart').click();
  await page.getByRole('heading', { level: 1, name: t.bookings.cart.heading }).waitFor();
  await page.getByTestId('add-participant').click();
  await page.locator('#participant-0-name').fill('Jane Doe');
  await page.locator('#participant-0-document-type').selectOption('PASSPORT');
  await page.locator('#participant-0-document').fill('X1234567');
  await page.locator('#participant-0-birth').fill('1979-06-30');
  await page.locator('#participant-0-gender').selectOption('UNDISCLOSED');
  expect(await accessibilityViolations(page)).toEqual([]);
  await page.getByTestId('confirm-booking').click();
}
