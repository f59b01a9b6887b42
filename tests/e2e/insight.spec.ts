// Library insight in a real browser: a staff member reads the figures,
// the gap chart with its table, suggested workshops, the trend and event
// attendance; filters by branch; exports the skills table as CSV. No
// figure under five shows, and patrons cannot see the page. axe-core in
// both languages, on a desk screen and a phone.
import * as fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { STAFF, expectAccessible, openApp, signIn, signUp, uniqueName } from './helpers';

/** Every figure of people in these columns is 5 or more, or says "not shown (groups under 5)". */
async function noSmallNumbers(page: Page, testId: string, columns: number[]) {
  for (const column of columns) {
    const cells = await page.getByTestId(testId).locator(`tbody td:nth-of-type(${column})`).allInnerTexts();
    for (const text of cells) {
      if (text.trim() !== 'not shown (groups under 5)') expect(Number(text), `${testId} column ${column}`).toBeGreaterThanOrEqual(5);
    }
  }
}

test('staff read library insight, filter it and export CSV; nobody small is shown', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, STAFF.username, STAFF.password);
  await page.getByRole('link', { name: 'Library desk' }).click();
  await page.getByRole('link', { name: 'Library insight' }).click();
  await expect(page).toHaveURL(/\/insight$/);
  const summary = page.getByTestId('insight-summary');
  await expect(summary).toContainText('Residents sharing statistics: ');
  const residents = Number((await summary.locator('li').first().innerText()).replace(/\D+/g, ''));
  expect(residents).toBeGreaterThanOrEqual(5);
  // The gap chart and its table tell the same story.
  await expect(page.getByTestId('gap-chart')).toBeVisible();
  const gaps = page.getByTestId('gaps-table');
  const rows = gaps.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  // Residents holding a skill: five or more, or "not shown (groups under 5)" (the row's
  // first cell is its heading, so residents are the third data cell).
  await noSmallNumbers(page, 'gaps-table', [3]);
  await expect(page.getByTestId('suggested-workshops').locator('li').first()).toBeVisible();
  await expect(page.getByTestId('trend-table').locator('tbody tr').first()).toBeVisible();
  const attendance = page.getByTestId('attendance-table');
  await expect(attendance.getByRole('row', { name: /Job search basics/ })).toContainText('9');
  await noSmallNumbers(page, 'attendance-table', [2, 3]);
  await noSmallNumbers(page, 'trend-table', [2, 3]);
  await expectAccessible(page, '/insight (en)');

  // The CSV has the table's columns and a row per skill.
  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('libranet-insight.csv');
  const lines = fs.readFileSync(await file.path(), 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe('Skill,Residents holding it,Job listings,Partner needs,Gap (points),Already taught by');
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(1)) {
    expect(line).not.toMatch(/^[^,]*,[1-4],/);
  }

  // One branch: the smaller one has fewer residents sharing.
  await page.getByLabel('Branch').selectOption({ label: 'Eastside Branch' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(summary).not.toContainText(`Residents sharing statistics: ${residents}`);
  // A period that ends before it starts is refused with a reason.
  const quarters = await page.getByLabel('From quarter').locator('option').allInnerTexts();
  await page.getByLabel('From quarter').selectOption({ label: quarters[quarters.length - 1] });
  await page.getByLabel('To quarter').selectOption({ label: quarters[1] });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('alert')).toHaveText('The period must end in or after the quarter it starts.');

  await page.getByTestId('lang-es').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByLabel('Hasta el trimestre').selectOption({ label: 'Cualquiera' });
  await page.getByRole('button', { name: 'Mostrar' }).click();
  await expect(page.getByTestId('gaps-table')).toBeVisible();
  await expectAccessible(page, '/insight (es)');
  await page.getByTestId('lang-en').click();

  // On a phone, nothing scrolls sideways but the tables inside their frames.
  const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await signIn(phone, STAFF.username, STAFF.password);
  await openApp(phone, '/insight');
  await expect(phone.getByTestId('gaps-table')).toBeVisible();
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, '/insight on a phone').toBeLessThanOrEqual(0);

  // Patrons do not see it, and the API refuses them.
  const patron = await (await browser.newContext()).newPage();
  await signUp(patron, uniqueName('curious'), 'maple river lantern');
  await openApp(patron, '/insight');
  await expect(patron.getByText('This page is for library staff.')).toBeVisible();
  const status = await patron.evaluate(async () => (await fetch('/api/v1/insight')).status);
  expect(status).toBe(403);
});
