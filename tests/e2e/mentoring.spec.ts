// LibLine in a real browser: a mentee and a mentor, each in their own
// browser (the mentor on a phone), from profiles through a request, an
// accept, messages, a check-in with its calendar file, to ending with
// feedback; and a coordinator running a cohort.
import { test, expect, type Page, type Browser } from '@playwright/test';
import * as fs from 'node:fs';
import { STAFF, expectAccessible, openApp, signIn, signUp, uniqueName } from './helpers';

const PASSWORD = 'maple river lantern';

async function person(browser: Browser, name: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  await signUp(page, name, PASSWORD);
  return { context, page };
}

/** On a phone: nothing scrolls sideways and every button is a 44px target. */
async function expectPhoneFriendly(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main button, main a.button, main select, main input:not([type=checkbox])')]
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.height < 44).length,
  );
  expect(small, `${label} has touch targets under 44px`).toBe(0);
}

test('a mentee and a mentor go from request to a finished mentorship', async ({ browser }) => {
  test.setTimeout(180_000);
  const mentorName = uniqueName('mentor');
  const mentor = await person(browser, mentorName, { width: 360, height: 740 });
  const mentee = await person(browser, uniqueName('mentee'));

  // The mentor offers mentoring from a phone.
  await openApp(mentor.page, '/mentoring/profile');
  const offer = mentor.page.locator('section', { has: mentor.page.getByRole('heading', { name: 'Offer mentoring' }) });
  await offer.getByLabel('Youth services', { exact: true }).check();
  await offer.getByLabel('Languages').fill('English, Spanish');
  await offer.getByLabel('Town or region').fill('Riverside');
  // The zone starts at the phone's; this mentor lives by Anchorage's clock.
  await offer.getByLabel('Time zone').selectOption('America/Anchorage');
  await offer.getByLabel('Most mentees at a time').fill('2');
  await offer.getByRole('button', { name: 'Save' }).click();
  await expect(mentor.page.getByTestId('mentor-saved')).toHaveText('Saved.');
  await expectPhoneFriendly(mentor.page, '/mentoring/profile');
  await expectAccessible(mentor.page, '/mentoring/profile (mentor saved)');

  // The mentee links a goal from the plan and says what they look for.
  await openApp(mentee.page, '/plan');
  await mentee.page.getByTestId('new-goal').fill('Become a youth services librarian');
  await mentee.page.getByRole('button', { name: 'Add goal' }).click();
  await expect(mentee.page.getByTestId('plan-status')).toHaveText('Saved.');
  await openApp(mentee.page, '/mentoring/profile');
  const wants = mentee.page.locator('section', { has: mentee.page.getByRole('heading', { name: 'What I want from a mentor' }) });
  await wants.getByLabel('Become a youth services librarian').check();
  await wants.getByLabel('Youth services', { exact: true }).check();
  await wants.getByLabel('Languages').fill('Spanish');
  await wants.getByLabel('How to meet').selectOption({ label: 'Online' });
  await wants.getByRole('button', { name: 'Save' }).click();
  await expect(mentee.page.getByTestId('mentee-saved')).toHaveText('Saved.');

  // Ranked mentors with reasons; the new mentor fits on topic and language.
  await openApp(mentee.page, '/mentoring/find');
  const card = mentee.page.getByTestId('mentor-card').filter({ hasText: mentorName });
  await expect(card).toBeVisible({ timeout: 20_000 });
  await expect(card.getByTestId('why')).toContainText('Knows what you asked about: Youth services');
  await expect(card.getByTestId('why')).toContainText('Speaks Spanish');
  await expect(card.getByTestId('why')).toContainText('2 of 2 places free');
  await expect(card.getByTestId('mentor-place')).toHaveText('Riverside · Anchorage time (UTC−9)');
  await mentee.page.getByLabel('Area').selectOption({ label: 'Archives' });
  await expect(card).toBeHidden();
  await mentee.page.getByLabel('Area').selectOption({ label: 'Youth services' });
  await expect(card).toBeVisible();
  await expectAccessible(mentee.page, '/mentoring/find with results');
  await card.getByRole('button', { name: 'Ask this mentor' }).click();
  await card.getByLabel('Message to the mentor').fill('I run story time and want to grow into youth services.');
  await card.getByRole('button', { name: 'Send request' }).click();
  await expect(card.getByRole('status')).toContainText('Request sent');

  // The mentor sees the request in the inbox and accepts it.
  await openApp(mentor.page, '/inbox');
  await expect(mentor.page.getByTestId('unread-badge')).toHaveText('1');
  await expect(mentor.page.getByTestId('notification').first()).toContainText('asked you to be their mentor');
  await expectAccessible(mentor.page, '/inbox with a notification');
  await mentor.page.getByTestId('notification').first().getByRole('link').click();
  await expect(mentor.page).toHaveURL(/\/mentoring$/);
  const request = mentor.page.getByTestId('request-card').first();
  await expect(request).toContainText('Become a youth services librarian');
  await expect(request).toContainText('I run story time');
  await expectPhoneFriendly(mentor.page, '/mentoring with a request');
  await expectAccessible(mentor.page, '/mentoring with a request');
  await request.getByRole('button', { name: 'Accept' }).click();
  await expect(mentor.page.getByTestId('pair-row')).toHaveCount(1);

  // The mentee opens the pair space, writes, and schedules a check-in.
  await openApp(mentee.page, '/mentoring');
  await mentee.page.getByTestId('pair-row').getByRole('link').click();
  await expect(mentee.page.getByRole('heading', { name: `Mentorship with ${mentorName}` })).toBeVisible();
  await mentee.page.getByLabel('Write a message').fill('Hello! Evenings suit me best.');
  await mentee.page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(mentee.page.getByTestId('message')).toHaveCount(1);
  await mentee.page.getByLabel('Day').fill('2027-01-12');
  await mentee.page.getByLabel('Time', { exact: true }).fill('18:30');
  // The zone starts at the device's (this browser's is UTC, like the server's).
  await expect(mentee.page.getByLabel('Time zone')).toHaveValue(await mentee.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
  await mentee.page.getByLabel('Topic (optional)').fill('Story time ideas');
  await mentee.page.getByRole('button', { name: 'Schedule check-in' }).click();
  await expect(mentee.page.getByTestId('check-in').getByTestId('when')).toHaveText('Tuesday, January 12, 6:30 PM – 7:00 PM');
  const [download] = await Promise.all([
    mentee.page.waitForEvent('download'),
    mentee.page.getByTestId('check-in').getByRole('button', { name: 'Add to calendar' }).click(),
  ]);
  const ics = fs.readFileSync(await download.path(), 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain('DTSTART:20270112T183000Z');
  expect(ics).toContain('DTEND:20270112T190000Z');
  expect(ics).toContain(`SUMMARY:LibLine check-in: ${mentorName}`);
  await mentee.page.getByLabel('Notes', { exact: true }).fill('Ask about summer reading');
  await mentee.page.getByRole('button', { name: 'Save notes' }).click();
  await expect(mentee.page.getByTestId('pair-status')).toHaveText('Saved.');
  await expectAccessible(mentee.page, '/mentoring/pairs/:id');

  // The mentor has one unread message, reads it, answers; notes stay private.
  await openApp(mentor.page, '/mentoring');
  await expect(mentor.page.getByTestId('pair-row').getByTestId('unread')).toHaveText('1 unread');
  await mentor.page.getByTestId('pair-row').getByRole('link').click();
  await expect(mentor.page.getByTestId('message')).toContainText('Evenings suit me best');
  await expect(mentor.page.getByTestId('check-in')).toContainText('Story time ideas');
  await expect(mentor.page.getByLabel('Notes', { exact: true })).toHaveValue('');
  await mentor.page.getByLabel('Write a message').fill('Great, talk on the 12th.');
  await mentor.page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(mentor.page.getByTestId('message')).toHaveCount(2);
  await expectPhoneFriendly(mentor.page, '/mentoring/pairs/:id');
  // A report reaches staff without the conversation, which stays private.
  await mentor.page.getByText('Report to library staff').click();
  await mentor.page.getByLabel('What happened?').fill('Testing the report path');
  await mentor.page.getByRole('button', { name: 'Send report' }).click();
  await expect(mentor.page.getByTestId('pair-status')).toHaveText('Report sent to library staff.');
  const staff = await browser.newContext();
  const desk = await staff.newPage();
  await signIn(desk, STAFF.username, STAFF.password);
  await openApp(desk, '/desk');
  const report = desk.getByTestId('report').filter({ hasText: 'Testing the report path' });
  await expect(report).toContainText(`${mentorName} reported`);
  await expect(report).toContainText('No messages attached; the conversation stays private.');
  await expect(report).not.toContainText('Evenings suit me best');
  await expectAccessible(desk, '/desk with a report');
  await staff.close();
  await mentor.page.getByTestId('lang-es').click();
  await expectAccessible(mentor.page, '/mentoring/pairs/:id (es)');
  await mentor.page.getByTestId('lang-en').click();

  // The mentee ends it with feedback; the mentor is told and answers in kind.
  await mentee.page.reload();
  await expect(mentee.page.getByTestId('message')).toHaveCount(2, { timeout: 20_000 });
  await mentee.page.getByLabel('How helpful was it?').selectOption({ label: '5 of 5' });
  await mentee.page.getByLabel('Comment (optional)').fill('Very helpful, thank you');
  await mentee.page.getByRole('button', { name: 'End mentorship' }).click();
  await expect(mentee.page.getByText(/This mentorship ended on/)).toBeVisible();
  await expect(mentee.page.getByText('You rated it 5 of 5.')).toBeVisible();
  await expect(mentee.page.getByLabel('Write a message')).toHaveCount(0);

  await openApp(mentor.page, '/inbox');
  await expect(mentor.page.getByTestId('notification').first()).toContainText('ended your mentorship');
  await mentor.page.getByTestId('notification').first().getByRole('link').click();
  await mentor.page.getByLabel('How helpful was it?').selectOption({ label: '4 of 5' });
  await mentor.page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(mentor.page.getByText('You rated it 4 of 5.')).toBeVisible();
  // Past mentorships stay in each person's history.
  await openApp(mentor.page, '/mentoring');
  await expect(mentor.page.getByTestId('pair-row')).toContainText('Ended');

  await mentor.context.close();
  await mentee.context.close();
});

test('a coordinator computes, adjusts and publishes a cohort', async ({ page }) => {
  await signIn(page, STAFF.username, STAFF.password);
  await openApp(page, '/mentoring');
  await page.getByTestId('cohort-row').filter({ hasText: 'Winter 2027 cohort' }).getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Winter 2027 cohort' })).toBeVisible();
  await expect(page.getByTestId('cohort-member')).toHaveCount(16);
  await page.getByTestId('compute').click();
  await expect(page.getByTestId('cohort-status')).toContainText('pairs found');
  const rows = page.getByTestId('proposed-pair');
  const pairs = await rows.count();
  expect(pairs).toBeGreaterThan(0);
  await expect(page.getByTestId('total-fit')).toContainText(`over ${pairs} pairs`);
  await expectAccessible(page, '/mentoring/cohorts/:id with an assignment');

  // Forbid the first pair: it never comes back.
  const first = rows.first();
  const mentee = (await first.locator('td').nth(0).textContent())!;
  const mentor = (await first.locator('td').nth(1).textContent())!;
  await first.getByRole('button', { name: 'Forbid' }).click();
  await expect(page.getByTestId('constraints')).toContainText(`Forbidden: ${mentee} with ${mentor}`);
  const again = page.getByTestId('proposed-pair').filter({ hasText: mentee });
  if (await again.count()) {
    await expect(again.locator('td').nth(1)).not.toHaveText(mentor);
  }
  // Pin the (new) first pair: it stays after another run.
  const pinnedMentee = (await rows.first().locator('td').nth(0).textContent())!;
  const pinnedMentor = (await rows.first().locator('td').nth(1).textContent())!;
  await rows.first().getByRole('button', { name: 'Pin' }).click();
  await expect(page.getByTestId('constraints')).toContainText(`Pinned: ${pinnedMentee} with ${pinnedMentor}`);
  await page.getByTestId('compute').click();
  await expect(rows.filter({ hasText: pinnedMentee }).locator('td').nth(1)).toHaveText(pinnedMentor);
  await page.getByTestId('lang-es').click();
  await expectAccessible(page, '/mentoring/cohorts/:id (es)');
  await page.getByTestId('lang-en').click();

  const published = await rows.count();
  await page.getByTestId('publish').click();
  await expect(page.getByTestId('cohort-status')).toHaveText('Published. Everyone in the cohort has been told.');
  await expect(page.getByTestId('published-pair')).toHaveCount(published);
  await expect(page.getByTestId('published-pair').filter({ hasText: `${pinnedMentee} → ${pinnedMentor}` })).toHaveCount(1);
  await expectAccessible(page, '/mentoring/cohorts/:id published');
});
