// The career loop in a real browser: a guided profile right after sign-up
// with instant matches and gaps, adding a way to learn to the plan, the plan
// itself, job search from the cached listings, a job page with its
// JSON-LD and tracker, and partners importing jobs.
import { test, expect } from '@playwright/test';
import { PARTNER, STAFF, expectAccessible, openApp, signIn, uniqueName } from './helpers';

async function newAccount(page: import('@playwright/test').Page) {
  await openApp(page, '/sign-up');
  await page.getByLabel(/^(Username|Nombre de usuario)$/).fill(uniqueName('career'));
  await page.locator('#password').fill('maple river lantern');
  await page.getByTestId('sign-up-form').getByRole('button', { name: /Create account/ }).click();
  await expect(page).toHaveURL(/\/start$/);
}

test('a new patron gets matches and gaps from a past job title and adds a way to learn to the plan', async ({ page }) => {
  await newAccount(page);
  const past = page.getByRole('combobox', { name: 'A job title you have had' });
  await expect(past).toBeVisible({ timeout: 20_000 });
  // A synonym of an ESCO occupation, picked by keyboard.
  await past.fill('cashier');
  await expect(page.locator('#past-job-options [role=option]').first()).toBeVisible();
  await past.press('Enter');
  const suggested = page.getByTestId('suggested-skills');
  await expect(suggested.getByRole('checkbox').first()).toBeChecked();
  // Nothing is added until the person confirms; one suggestion is removed.
  await expect(page.getByTestId('chosen-skills').locator('li')).toHaveCount(0);
  const boxes = await suggested.getByRole('checkbox').count();
  await suggested.getByRole('checkbox').first().uncheck();
  await page.getByTestId('confirm-suggested').click();
  await expect(page.getByTestId('chosen-skills').locator('li')).toHaveCount(boxes - 1);

  // Matches appear at once, each with its gap and ways to learn.
  const reach = page.getByTestId('within-reach');
  await expect(reach.getByTestId('job-card').first()).toBeVisible({ timeout: 20_000 });
  const now = page.getByTestId('can-do-now');
  await expect(now.getByTestId('job-card').or(now.locator('.hint'))).toBeVisible();
  const gap = reach.getByTestId('gap-skill').first();
  await expect(gap).toBeVisible();
  await page.getByRole('button', { name: 'Save to my profile' }).click();
  await expect(page.getByTestId('start-status')).toHaveText('Saved to your profile.');

  const withWay = reach.getByTestId('gap-skill').filter({ has: page.getByTestId('way-to-learn') }).first();
  await expect(withWay).toBeVisible();
  await withWay.getByTestId('add-to-plan').click();
  await expect(withWay.getByRole('status')).toHaveText('Added to your plan.');
  await withWay.getByTestId('add-to-plan').click();
  await expect(withWay.getByRole('status')).toHaveText('Already in your plan.');
  await expectAccessible(page, '/start with matches');

  // The plan has the step; marking it done shows progress and survives a reload.
  await openApp(page, '/plan');
  await expect(page.getByTestId('step')).toHaveCount(1);
  await expect(page.getByTestId('plan-progress')).toContainText('0 of 1 steps done');
  await page.getByTestId('step-status').selectOption('Done');
  await expect(page.getByTestId('plan-status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByTestId('plan-progress')).toContainText('1 of 1 steps done', { timeout: 20_000 });
  await page.getByTestId('new-goal').fill('Work in a warehouse by spring');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByTestId('goal')).toHaveCount(2);
  await expectAccessible(page, '/plan');
  // The printout leaves out buttons and navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('print-plan')).toBeHidden();
  await expect(page.locator('nav').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
});

test('job search answers as one types, filters by facets, and works from the cache after a reload', async ({ page }) => {
  await openApp(page, '/jobs');
  const count = page.getByTestId('job-count');
  await expect(count).toHaveText(/\d+ jobs found/, { timeout: 20_000 });
  const all = Number((await count.textContent())!.match(/\d+/)![0]);
  expect(all).toBeGreaterThan(250);
  await page.getByTestId('job-search').fill('cook');
  await expect(count).not.toHaveText(`${all} jobs found`);
  const found = Number((await count.textContent())!.match(/\d+/)![0]);
  expect(found).toBeGreaterThan(0);
  await expect(page.getByTestId('job-row').first()).toContainText(/cook/i);
  // A facet narrows the list; its own values keep their counts.
  const place = page.getByTestId('facet-place');
  const option = place.locator('option').nth(1);
  const label = (await option.textContent())!;
  const inPlace = Number(label.match(/\((\d+)\)/)![1]);
  await place.selectOption({ index: 1 });
  await expect(count).toHaveText(`${inPlace} jobs found`);
  await expectAccessible(page, '/jobs with results');

  // Listings are kept in the browser: with the network gone, search still works.
  await page.reload();
  await expect(count).toHaveText(/\d+ jobs found/, { timeout: 20_000 });
  await page.route('**/api/v1/listings/**', (route) => route.abort());
  await page.reload();
  await expect(count).toHaveText(`${all} jobs found`, { timeout: 20_000 });
});

test('a job page embeds its JobPosting JSON-LD and goes on the tracker', async ({ page }) => {
  await newAccount(page);
  await openApp(page, '/jobs');
  await expect(page.getByTestId('job-row').first()).toBeVisible({ timeout: 20_000 });
  const first = page.getByTestId('job-row').first().getByRole('link');
  const title = (await first.textContent())!;
  await first.click();
  await expect(page.getByTestId('job-title')).toHaveText(title);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld['@type']).toBe('JobPosting');
  expect(ld.title).toBe(title);
  expect(ld.hiringOrganization.name).toBeTruthy();
  await page.getByTestId('track-status').selectOption('applied');
  await expect(page.getByTestId('track-message')).toHaveText('Saved.');
  await expectAccessible(page, 'job page');
  await openApp(page, '/plan');
  await expect(page.getByTestId('tracked-jobs')).toContainText(`${title} — Applied`);
});

test('a partner imports jobs from CSV: good rows post, bad rows say what to fix', async ({ page }) => {
  await signIn(page, PARTNER.username, PARTNER.password);
  await openApp(page, '/jobs/import');
  const csv = [
    'title,employer,place,essential_skills,posted_on,how_to_apply',
    'Imported packer,Test Foods,Riverside,operate forklift,2026-11-01,Ask in store',
    ',Test Foods,Riverside,operate forklift,2026-11-01,Ask in store',
    'Imported driver,Test Foods,Riverside,operate forklift,first of november,Ask in store',
  ].join('\n');
  await page.getByTestId('import-text').fill(csv);
  await page.getByRole('button', { name: 'Post these jobs' }).click();
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('1 jobs posted, 2 problems to fix.');
  await expect(report.locator('tbody tr')).toHaveCount(2);
  await expect(report).toContainText('Write the date as year-month-day');
  await expectAccessible(page, '/jobs/import with a report');
  await openApp(page, '/jobs');
  await page.getByTestId('job-search').fill('imported packer');
  await expect(page.getByTestId('job-row')).toHaveCount(1, { timeout: 20_000 });
});

test('a partner posts one job with skills from the taxonomy, finds it at once, edits it and closes it', async ({ page }) => {
  await signIn(page, PARTNER.username, PARTNER.password);
  await openApp(page, '/jobs/import');
  const form = page.getByTestId('job-form');
  await form.getByRole('button', { name: 'Post the job' }).click();
  await expect(form.locator('#title-error')).toHaveText('Please fill this in.');
  const title = uniqueName('Night baker');
  await form.getByLabel('Job title').fill(title);
  await form.getByLabel('Employer').fill('Test Bakery');
  await form.getByLabel('Place').fill('Riverside');
  const skill = form.getByRole('combobox', { name: 'Skills needed' });
  await expect(skill).toBeVisible({ timeout: 20_000 });
  await skill.fill('operate forklift');
  await skill.press('Enter');
  await form.getByLabel('How to apply').fill('Ask at the counter');
  await form.getByRole('button', { name: 'Post the job' }).click();
  await expect(page.getByTestId('job-posted')).toContainText('The job is posted.');
  await expectAccessible(page, '/jobs/import with the job form');
  await openApp(page, '/jobs');
  await page.getByTestId('job-search').fill(title);
  await expect(page.getByTestId('job-row')).toHaveCount(1, { timeout: 20_000 });

  // The poster edits it, then closes it: it leaves search.
  await page.getByTestId('job-row').getByRole('link').click();
  await page.getByTestId('edit-job').click();
  const edit = page.getByTestId('job-form');
  await expect(edit.getByLabel('Job title')).toHaveValue(title);
  await edit.getByLabel('Job title').fill(`${title} (nights)`);
  await edit.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('job-posted')).toContainText('Saved.');
  await expectAccessible(page, 'job edit page');
  await page.getByTestId('toggle-open').click();
  await expect(page.getByTestId('open-state')).toHaveText('This listing is closed and hidden from search.');
  await openApp(page, '/jobs');
  await expect(page.getByTestId('job-count')).toHaveText(/\d+ jobs found/, { timeout: 20_000 });
  await page.getByTestId('job-search').fill(title);
  await expect(page.getByTestId('job-row')).toHaveCount(0);
});

test('staff add a learning resource and the next sync brings it into the browser cache', async ({ page }) => {
  await signIn(page, STAFF.username, STAFF.password);
  await openApp(page, '/jobs/import');
  const form = page.getByTestId('resource-form');
  const name = uniqueName('Forklift evenings');
  await form.getByLabel('Name of the class or course').fill(name);
  await form.getByLabel('Who offers it').fill('Riverside Public Library');
  const skill = form.getByRole('combobox', { name: 'Skills it teaches' });
  await expect(skill).toBeVisible({ timeout: 20_000 });
  await skill.fill('operate forklift');
  await skill.press('Enter');
  await form.getByLabel('Place').fill('Main branch, room 2');
  await form.getByRole('button', { name: 'Add a learning resource' }).click();
  await expect(page.getByTestId('resource-added')).toContainText('The resource is added');
  // A fresh page load syncs the change into the cached catalog.
  await openApp(page, '/jobs');
  await expect(page.getByTestId('job-count')).toHaveText(/\d+ jobs found/, { timeout: 20_000 });
  await expect
    .poll(async () =>
      page.evaluate(async () => {
        const cache = await caches.open('libranet-public');
        const hit = await cache.match('/cache/listings.json');
        return hit ? await hit.text() : '';
      }),
    )
    .toContain(name);

  // Listed on the Learn page; staff edit it, then withdraw it.
  await openApp(page, '/learn');
  await page.getByTestId('learn-filter').fill(name);
  await expect(page.getByTestId('resource')).toHaveCount(1, { timeout: 20_000 });
  await expect(page.getByTestId('resource')).toContainText('operate forklift');
  await expectAccessible(page, '/learn');
  await page.getByTestId('resource').getByRole('link', { name: 'Edit or withdraw' }).click();
  const edit = page.getByTestId('resource-form');
  await expect(edit.getByLabel('Name of the class or course')).toHaveValue(name);
  await edit.getByLabel('When it runs').fill('Tuesdays 6 pm');
  await edit.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('resource-added')).toHaveText('Saved.');
  await page.getByTestId('toggle-open').click();
  await expect(page.getByTestId('open-state')).toContainText('closed');
  await openApp(page, '/learn');
  await expect(page.getByTestId('resource-count')).toHaveText(/\d+ ways to learn/, { timeout: 20_000 });
  await page.getByTestId('learn-filter').fill(name);
  await expect(page.getByTestId('resource')).toHaveCount(0);
});

test('profile details save, and the profile goes out and back in as JSON Resume', async ({ page }) => {
  await newAccount(page);
  await openApp(page, '/account');
  const card = page.getByTestId('profile-card');
  await card.getByLabel('Headline').fill('Warehouse worker learning forklift');
  await card.getByLabel('Town or region').fill('Riverside');
  await card.getByLabel('Job title').fill('Stock clerk');
  await card.getByLabel('From (year)').fill('2019');
  await card.getByRole('button', { name: 'Add', exact: true }).first().click();
  await card.getByTestId('visibility').selectOption('Members');
  await card.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(card.getByTestId('profile-status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByTestId('profile-card').getByLabel('Headline')).toHaveValue('Warehouse worker learning forklift', { timeout: 20_000 });
  await expectAccessible(page, '/account with the profile');

  const download = page.waitForEvent('download');
  await page.getByTestId('export-resume').click();
  const file = await (await download).path();
  const resume = JSON.parse(require('fs').readFileSync(file, 'utf8'));
  expect(resume.basics.label).toBe('Warehouse worker learning forklift');
  expect(resume.work[0].position).toBe('Stock clerk');

  resume.basics.label = 'Forklift operator';
  resume.skills = [{ name: 'operate forklift', level: 'Master' }, { name: 'juggling upside down' }];
  await page.getByTestId('import-resume').setInputFiles({ name: 'resume.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(resume)) });
  await expect(page.getByTestId('profile-card').getByLabel('Headline')).toHaveValue('Forklift operator');
  await expect(page.getByTestId('profile-card')).toContainText('juggling upside down');
  await page.getByTestId('profile-card').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('profile-status')).toHaveText('Saved.');
  await page.reload();
  await expect(page.getByTestId('my-skills')).toContainText('operate forklift', { timeout: 20_000 });
});
