// Public computers: a short idle time with a visible countdown, then a
// sign-out that leaves nothing personal in any browser storage.
import { test, expect, type Page } from '@playwright/test';
import { browserStorage, openApp, signUp, uniqueName } from './helpers';
import { KIOSK_IDLE_SECS } from '../playwright.config';

/** Puts personal traces into every kind of storage, as cached data would. */
async function leavePersonalTraces(page: Page, name: string) {
  await page.evaluate(async (name) => {
    localStorage.setItem('libranet.draft-profile', JSON.stringify({ name, skills: ['forklift'] }));
    sessionStorage.setItem('libranet.search', name);
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('libranet-personal', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('plan');
      open.onsuccess = () => {
        const tx = open.result.transaction('plan', 'readwrite');
        tx.objectStore('plan').put({ owner: name }, 'goal');
        tx.oncomplete = () => { open.result.close(); resolve(); };
      };
      open.onerror = () => reject(open.error);
    });
    const cache = await caches.open('libranet-personal');
    await cache.put('/personal-note', new Response(name));
  }, name);
}

test('an idle kiosk warns, signs out, and keeps only the kiosk marker and language', async ({ page, context }) => {
  await openApp(page, '/kiosk');
  await expect(page.getByTestId('kiosk-marked')).toBeVisible();
  await page.getByTestId('lang-es').click();
  await page.getByTestId('lang-en').click();
  await page.getByTestId('lang-es').click();

  const name = uniqueName('kiosk');
  await signUp(page, name, 'una frase larga y mía');
  await expect(page.getByText(/computadora pública/).first()).toBeVisible();
  await leavePersonalTraces(page, name);
  const before = await browserStorage(page, context);
  expect(before.databases).toContain('libranet-personal');
  expect(before.cookies.length).toBe(1);

  // Nobody touches the computer: first the countdown...
  const warning = page.getByTestId('idle-warning');
  await expect(warning).toBeVisible({ timeout: KIOSK_IDLE_SECS * 1000 });
  await expect(warning).toContainText(/se cerrará en \d+ segundos/);
  await expect(page.getByRole('button', { name: 'Sigo aquí' })).toBeFocused();
  // ...then the sign-out, back on the welcome screen.
  await expect(page.getByTestId('signed-out-notice')).toBeVisible({ timeout: KIOSK_IDLE_SECS * 1000 });
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('signed-out-notice')).toContainText('Se cerró tu sesión');

  const after = await browserStorage(page, context);
  expect(after.local).toEqual({ 'libranet.kiosk': 'true', 'libranet.lang': '"es"' });
  expect(after.session).toEqual({});
  expect(after.databases).toEqual([]);
  expect(after.caches.filter((c) => c !== 'libranet-public')).toEqual([]);
  expect(after.cookies).toEqual([]);
  expect(JSON.stringify(after)).not.toContain(name);
  await expect(page.locator('body')).not.toContainText(name);
  await expect(page.getByTestId('kiosk-badge')).toBeVisible();

  // The server ended the session too.
  const status = await page.evaluate(async () => (await fetch('/api/v1/auth/session')).status);
  expect(status).toBe(401);
});

test('"I\'m still here" keeps the kiosk session going', async ({ page }) => {
  await openApp(page, '/kiosk');
  const name = uniqueName('staying');
  await signUp(page, name, 'maple river lantern');
  const warning = page.getByTestId('idle-warning');
  await expect(warning).toBeVisible({ timeout: KIOSK_IDLE_SECS * 1000 });
  await page.getByRole('button', { name: "I'm still here" }).click();
  await expect(warning).toBeHidden();
  // Past the moment the first idle spell would have ended the session.
  await page.waitForTimeout(4_000);
  await expect(page.getByTestId('signed-in-as')).toContainText(name);
});

test('signing out by hand on a kiosk wipes the browser too', async ({ page, context }) => {
  await openApp(page, '/kiosk');
  const name = uniqueName('leaving');
  await signUp(page, name, 'maple river lantern');
  await leavePersonalTraces(page, name);
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('signed-out-notice')).toBeVisible();
  const after = await browserStorage(page, context);
  expect(after.local).toEqual({ 'libranet.kiosk': 'true' });
  expect(after.databases).toEqual([]);
  expect(after.caches.filter((c) => c !== 'libranet-public')).toEqual([]);
  expect(after.cookies).toEqual([]);
});

test('a kiosk sign-out hides everything at once, even when the server cannot be reached', async ({ page, context }) => {
  await openApp(page, '/kiosk');
  const name = uniqueName('offline');
  await signUp(page, name, 'maple river lantern');
  await leavePersonalTraces(page, name);
  await page.route('**/api/v1/auth/sign-out', (route) => route.abort());
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('body')).not.toContainText(name);
  const wiped = await browserStorage(page, context);
  expect(wiped.local).toEqual({ 'libranet.kiosk': 'true', 'libranet.sign-out-pending': 'true' });
  expect(wiped.databases).toEqual([]);
  expect(wiped.caches.filter((c) => c !== 'libranet-public')).toEqual([]);

  // The server still holds the session, but the app does not take it up.
  await expect(page.getByTestId('signed-out-notice')).toBeVisible();
  await openApp(page, '/account');
  await expect(page.getByText('Please sign in to see this page.')).toBeVisible();

  // Back on the network, the next start finishes the sign-out first.
  await page.unroute('**/api/v1/auth/sign-out');
  await page.reload();
  await expect(page.getByText('Please sign in to see this page.')).toBeVisible();
  await expect.poll(async () => (await browserStorage(page, context)).cookies).toEqual([]);
  const after = await browserStorage(page, context);
  expect(after.local).toEqual({ 'libranet.kiosk': 'true' });
  expect(after.cookies).toEqual([]);
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
});

test('Back after a sign-out does not bring the account page back', async ({ page }) => {
  await openApp(page, '/kiosk');
  const name = uniqueName('back');
  await signUp(page, name, 'maple river lantern');
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('signed-out-notice')).toBeVisible();
  await page.goBack();
  await expect(page.locator('main#main h1')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(name);
});

test('a half-filled form on an idle kiosk is cleared', async ({ page }) => {
  await openApp(page, '/kiosk');
  await page.getByRole('link', { name: 'Create account' }).first().click();
  await page.getByLabel('Username').fill('half-typed-name');
  await expect(page).toHaveURL(/\/$/, { timeout: (KIOSK_IDLE_SECS + 5) * 1000 });
  await expect(page.locator('body')).not.toContainText('half-typed-name');
  await expect(page.getByTestId('kiosk-badge')).toBeVisible();
});

test('a start page of /kiosk?kiosk=N marks the browser as that registered kiosk', async ({ page }) => {
  const branches = await (await page.request.get('/api/v1/branches')).json();
  const kiosk = branches.flatMap((b: any) => b.kiosks)[0];
  expect(kiosk, 'the demo has a registered kiosk').toBeTruthy();
  await openApp(page, `/kiosk?kiosk=${kiosk.id}`);
  await expect(page.getByTestId('kiosk-marked')).toBeVisible();
  await expect(page.getByTestId('which-kiosk')).toHaveValue(String(kiosk.id));
  expect(await page.evaluate(() => localStorage.getItem('libranet.kiosk-id'))).toBe(String(kiosk.id));
});
