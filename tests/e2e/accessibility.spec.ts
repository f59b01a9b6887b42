// axe-core on every page, in both languages, and layouts from a 360px phone
// to a kiosk screen without sideways scrolling.
import { test, expect, type Page } from '@playwright/test';
import { STAFF, expectAccessible, openApp, signIn, signUp, uniqueName } from './helpers';

const PUBLIC_PAGES = ['/', '/sign-up', '/sign-in', '/use-code', '/about', '/kiosk', '/jobs', '/learn', '/events', '/appointments', '/no-such-page'];

async function checkPage(page: Page, path: string, lang: 'en' | 'es') {
  await openApp(page, path);
  if (lang === 'es') {
    await page.getByTestId('lang-es').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  }
  await expectAccessible(page, `${path} (${lang})`);
}

for (const lang of ['en', 'es'] as const) {
  test(`public pages have no axe violations (${lang})`, async ({ page }) => {
    for (const path of PUBLIC_PAGES) {
      await checkPage(page, path, lang);
    }
  });

  test(`signed-in pages have no axe violations (${lang})`, async ({ page }) => {
    // Twenty pages, each checked by axe: more than the default minute on a busy machine.
    test.setTimeout(240_000);
    await signIn(page, STAFF.username, STAFF.password);
    for (const path of ['/', '/account', '/start', '/jobs', '/plan', '/jobs/import', '/mentoring', '/mentoring/find', '/mentoring/profile', '/inbox', '/community', '/community/directory', '/community/skills', '/community/connections', '/community/groups', '/community/resources', '/events', '/appointments', '/insight', '/desk']) {
      await checkPage(page, path, lang);
    }
    // With a code on show and with field problems on show.
    await page.locator('#enroll-username').fill(uniqueName('axe'));
    await page.getByTestId('enroll-form').getByRole('button').click();
    await expect(page.getByTestId('issued-code')).toBeVisible();
    await page.locator('#reset-username').fill('no-such-person-here');
    await page.getByTestId('reset-form').getByRole('button').click();
    await expect(page.locator('#reset-username-error')).toBeVisible();
    await expectAccessible(page, `/desk with results (${lang})`);
  });
}

test('a sign-up form full of problems has no axe violations', async ({ page }) => {
  await openApp(page, '/sign-up');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('#username-error')).toBeVisible();
  await expectAccessible(page, '/sign-up with errors');
});

test('the idle warning has no axe violations', async ({ page }) => {
  await openApp(page, '/kiosk');
  await signUp(page, uniqueName('axe-idle'), 'maple river lantern');
  await expect(page.getByTestId('idle-warning')).toBeVisible({ timeout: 10_000 });
  await expectAccessible(page, 'idle warning');
});

for (const [label, width, height] of [
  ['a 360px phone', 360, 740],
  ['a kiosk screen', 1920, 1080],
] as const) {
  test(`pages fit ${label} without sideways scrolling`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await signUp(page, uniqueName('fit'), 'maple river lantern');
    for (const path of ['/', '/sign-up', '/sign-in', '/use-code', '/about', '/account', '/start', '/jobs', '/plan', '/mentoring', '/mentoring/find', '/mentoring/profile', '/inbox', '/community', '/community/directory', '/community/skills', '/community/connections', '/community/groups', '/community/resources', '/events', '/appointments']) {
      await openApp(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}
