// Events in a real browser: staff publish a one-seat workshop; Ana takes
// the seat and downloads its calendar file; Ben joins the waitlist; Ana
// gives up her seat and Ben moves up by himself and is told; staff cancel
// with a reason and Ben is told. axe-core on both pages in both languages.
import * as fs from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { STAFF, expectAccessible, openApp, signIn, signUp, uniqueName } from './helpers';

async function accessibleInBoth(page: Page, label: string) {
  await expectAccessible(page, `${label} (en)`);
  await page.getByTestId('lang-es').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectAccessible(page, `${label} (es)`);
  await page.getByTestId('lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('a waitlist moves up when a seat frees, and a cancellation reaches everyone', async ({ browser, request }) => {
  test.setTimeout(180_000);
  // The workshop teaches the first essential skill of a demo job.
  const changes = await (await request.get('/api/v1/listings/changes?since=0')).json();
  const job = changes.jobs.find((j: { open: boolean }) => j.open);
  const taxonomy = await (await request.get('/api/v1/taxonomy')).json();
  const skillLabel: string = taxonomy.skills.find((s: { id: string }) => s.id === job.essential[0]).labels.en.preferred;
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF.username, STAFF.password);
  await openApp(staff, '/events');
  const form = staff.getByTestId('event-form');
  const title = uniqueName('Resume clinic');
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Date').fill('2099-05-04');
  await form.getByLabel('Starts').fill('18:00');
  await form.getByLabel('Ends').fill('17:00');
  await form.getByLabel('Branch and room').fill('Main branch, room 2');
  await form.getByLabel('Seats').fill('1');
  const picker = form.getByRole('combobox', { name: 'Skills it teaches' });
  await picker.fill(skillLabel);
  await expect(staff.locator('#event-skill-options [role=option]').first()).toBeVisible({ timeout: 20_000 });
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await form.getByRole('button', { name: 'Publish an event' }).click();
  // The end before the start is named under its field.
  await expect(staff.locator('#event-end-error')).toBeVisible();
  await expectAccessible(staff, '/events with a form problem');
  await form.getByLabel('Ends').fill('19:30');
  await form.getByRole('button', { name: 'Publish an event' }).click();
  await expect(form.getByText('Published. Dates in the series: 1.')).toBeVisible();

  const anaContext = await browser.newContext();
  const ana = await anaContext.newPage();
  await signUp(ana, uniqueName('ana'), 'maple river lantern');
  await openApp(ana, '/events');
  const card = ana.getByTestId('event').filter({ hasText: title });
  await expect(card.getByTestId('seats')).toHaveText('1 of 1 seats left');
  // On the library's clock (UTC here, like this browser), in words.
  await expect(card.getByTestId('when')).toHaveText('Monday, May 4, 6:00 PM – 7:30 PM');
  await expect(card.getByTestId('your-time')).toHaveCount(0);
  await card.getByRole('button', { name: `Sign up — ${title}` }).click();
  await expect(card.getByTestId('my-seat')).toHaveText('You have a seat.');
  const download = ana.waitForEvent('download');
  await card.getByRole('button', { name: 'Add to calendar' }).click();
  const file = await download;
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text).toContain('DTSTART:20990504T180000Z');
  expect(text).toContain('DTEND:20990504T193000Z');
  expect(text).toContain(`SUMMARY:${title}`);

  const benContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const ben = await benContext.newPage();
  const benName = uniqueName('ben');
  await signUp(ben, benName, 'maple river lantern');
  await openApp(ben, '/events');
  const benCard = ben.getByTestId('event').filter({ hasText: title });
  await expect(benCard.getByTestId('seats')).toHaveText('Full: 0 waiting.');
  await benCard.getByRole('button', { name: `Join the waitlist — ${title}` }).click();
  await expect(benCard.getByTestId('my-seat')).toHaveText('You are number 1 on the waitlist.');
  const overflow = await ben.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, '/events on a phone').toBeLessThanOrEqual(0);
  await accessibleInBoth(ben, '/events on the waitlist');

  // Ana gives up her seat; Ben moves up and is told.
  await card.getByRole('button', { name: `Give up my place at ${title}` }).click();
  // The seat went to Ben: the event is full again for Ana.
  await expect(card.getByRole('button', { name: `Join the waitlist — ${title}` })).toBeVisible();
  await openApp(ben, '/inbox');
  const note = ben.getByTestId('notification').filter({ hasText: `A seat freed up: you are going to ${title}` });
  await note.getByRole('link').click();
  await expect(ben.locator('h1')).toHaveText(title);
  await expect(ben.getByTestId('my-seat')).toHaveText('You have a seat.');
  await accessibleInBoth(ben, 'an event page');

  // Workshops are ways to learn: the job's gap analysis lists it.
  await openApp(ben, `/jobs/${job.id}`);
  await expect(ben.getByTestId('gap-event').filter({ hasText: title }).first()).toBeVisible({ timeout: 20_000 });

  // Staff take attendance; the workshop shows on Ben's plan.
  await staff.getByRole('link', { name: title }).click();
  await staff.getByTestId('attendee').getByLabel(benName).check();
  await expect(staff.getByTestId('attendee').getByLabel(benName)).toBeChecked();
  await expectAccessible(staff, 'an event page with attendance');
  await openApp(ben, '/plan');
  await expect(ben.getByTestId('attended')).toContainText(title);

  // Staff cancel with a reason; Ben is told.
  await staff.getByLabel('Reason (told to everyone signed up)').fill('The room flooded.');
  await staff.getByRole('button', { name: 'Cancel this event' }).click();
  await expect(staff.getByTestId('event-cancelled')).toBeVisible();
  await openApp(ben, '/inbox');
  await expect(ben.getByTestId('notification').filter({ hasText: `${title} on Monday, May 4, 6:00 PM is cancelled` })).toContainText('The room flooded.');
  await staffContext.close();
  await anaContext.close();
  await benContext.close();
});

test('a personal calendar feed address works without a session and can be stopped', async ({ browser, playwright }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, uniqueName('feed'), 'maple river lantern');
  await openApp(page, '/events');
  // Take a seat at the first event with one free.
  const open = page.getByTestId('event').filter({ has: page.getByRole('button', { name: /^Sign up — / }) }).first();
  const title = (await open.getByRole('heading').innerText()).trim();
  const card = page.getByTestId('event').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  await card.getByRole('button', { name: /^Sign up — / }).click();
  await expect(card.getByTestId('my-seat')).toHaveText('You have a seat.');
  const feed = page.getByTestId('calendar-feed');
  await feed.getByText('Subscribe from your calendar app').click();
  await feed.getByRole('button', { name: 'Make my calendar address' }).click();
  const address = await feed.getByLabel('Your calendar address').inputValue();
  expect(address).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  await expectAccessible(page, '/events with a calendar address');
  // A calendar app has no cookies: the address alone opens the feed.
  const app = await playwright.request.newContext();
  const got = await app.get(address);
  expect(got.status()).toBe(200);
  expect(await got.text()).toContain(`SUMMARY:${title}`);
  await feed.getByRole('button', { name: 'Stop my calendar address' }).click();
  await expect(feed.getByRole('button', { name: 'Make my calendar address' })).toBeVisible();
  expect((await app.get(address)).status()).toBe(404);
  await app.dispose();
});
