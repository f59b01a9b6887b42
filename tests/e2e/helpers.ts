// Page objects and helpers shared by the browser tests.
import { expect, type Page, type BrowserContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const STAFF = { username: 'demo-staff', password: 'demo staff at the desk' };
export const PARTNER = { username: 'demo-partner', password: 'demo partner hiring locally' };

let counter = 0;
/** A username nobody else in this run uses. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid % 1000}-${counter}`;
}

/** Waits until the wasm app has rendered its shell. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('main#main h1')).toBeVisible();
}

export async function signUp(page: Page, username: string, password: string): Promise<void> {
  await openApp(page, '/sign-up');
  await page.getByLabel(/^(Username|Nombre de usuario)$/).fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('sign-up-form').getByRole('button', { name: /Create account|Crear cuenta/ }).click();
  // A new account starts with the guided profile.
  await expect(page).toHaveURL(/\/start$/);
  await openApp(page, '/account');
  await expect(page.getByTestId('signed-in-as')).toContainText(username);
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await openApp(page, '/sign-in');
  await page.getByLabel(/^(Username|Nombre de usuario)$/).fill(username);
  await page.locator('#password').fill(password);
  await page.getByTestId('sign-in-form').getByRole('button', { name: /^(Sign in|Entrar)$/ }).click();
  await expect(page).toHaveURL(/\/account$/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('signed-out-notice')).toBeVisible();
}

/** Runs axe-core (WCAG 2.2 A and AA rules) and expects no violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Everything the site keeps in this browser, as JSON-friendly data. */
export async function browserStorage(page: Page, context: BrowserContext) {
  const inPage = await page.evaluate(async () => {
    const local: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      local[k] = localStorage.getItem(k)!;
    }
    const session: Record<string, string> = {};
    for (let i = 0; i < sessionStorage.length; i++) {
      const k = sessionStorage.key(i)!;
      session[k] = sessionStorage.getItem(k)!;
    }
    const databases = (await indexedDB.databases()).map((d) => d.name);
    const caches_ = await caches.keys();
    return { local, session, databases, caches: caches_ };
  });
  const cookies = (await context.cookies()).map((c) => c.name);
  return { ...inPage, cookies };
}
