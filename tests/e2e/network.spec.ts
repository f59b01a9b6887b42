// The professional community in a real browser: endorsing a skill and an
// approved recommendation; a group thread with safe formatting, a mention
// and a reply, then staff hiding a reported post; sharing a teaching
// resource (a wrong file refused), rating, commenting, adapting it, and
// finding it in a job's gap analysis. axe-core on every new page in both
// languages.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { STAFF, expectAccessible, openApp, signIn, signUp, uniqueName } from './helpers';

async function accessibleInBoth(page: Page, label: string) {
  await expectAccessible(page, `${label} (en)`);
  await page.getByTestId('lang-es').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectAccessible(page, `${label} (es)`);
  await page.getByTestId('lang-en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

/** The signed-in person's id, from the "My page" link. */
async function myId(page: Page): Promise<number> {
  await openApp(page, '/community/groups');
  await page.getByRole('link', { name: 'My page' }).click();
  await expect(page).toHaveURL(/\/community\/people\/\d+$/);
  return Number(page.url().split('/').pop());
}

async function pickSkill(page: Page, picker: Locator, optionsId: string, typed: string): Promise<string> {
  await picker.fill(typed);
  const option = page.locator(`#${optionsId} [role=option]`).first();
  await expect(option).toBeVisible({ timeout: 20_000 });
  const name = (await option.textContent())!.trim();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  return name;
}

test('a member endorses a skill and writes a recommendation the recipient approves', async ({ browser }) => {
  test.setTimeout(180_000);
  const anaContext = await browser.newContext();
  const ana = await anaContext.newPage();
  const anaName = uniqueName('ana');
  await signUp(ana, anaName, 'maple river lantern');
  await openApp(ana, '/community/skills');
  const held = ana.getByRole('combobox', { name: 'Add a skill you have' });
  const skill = await pickSkill(ana, held, 'held-skill-options', 'teach');
  await ana.getByLabel('Who can find this record').selectOption({ label: 'Members of this network' });
  await ana.getByRole('button', { name: 'Save' }).click();
  await expect(ana.getByTestId('expertise-saved')).toHaveText('Saved.');
  const anaId = await myId(ana);

  const benContext = await browser.newContext();
  const ben = await benContext.newPage();
  const benName = uniqueName('ben');
  await signUp(ben, benName, 'maple river lantern');
  // Found in the directory, the name leads to the member's page.
  await openApp(ben, '/community/directory');
  await ben.getByRole('link', { name: anaName }).click();
  await expect(ben.locator('h1')).toHaveText(anaName);
  const row = ben.getByTestId('endorsement').filter({ hasText: skill });
  await expect(row.getByTestId('endorsement-count')).toContainText('endorsed by 0');
  await row.getByRole('button', { name: `Endorse ${skill}` }).click();
  await expect(row.getByTestId('endorsement-count')).toContainText('endorsed by 1');
  await expect(row.getByRole('button', { name: `Take back your endorsement of ${skill}` })).toHaveAttribute('aria-pressed', 'true');
  await ben.getByLabel('Write a recommendation').fill('Ana ran our **coding club** for two years.');
  await ben.getByRole('button', { name: 'Send recommendation' }).click();
  await expect(ben.getByText('Sent. It shows once they approve it.')).toBeVisible();
  await expect(ben.getByTestId('recommendation')).toHaveCount(0);
  await accessibleInBoth(ben, 'a member page');

  // Ana is told, approves, and the recommendation shows with its formatting.
  await openApp(ana, '/inbox');
  await expect(ana.getByTestId('notification').filter({ hasText: 'endorsed one of your skills' })).toBeVisible();
  await expect(ana.getByTestId('notification').filter({ hasText: 'wrote you a recommendation' })).toBeVisible();
  await openApp(ana, `/community/people/${anaId}`);
  const waiting = ana.getByTestId('waiting-recommendation');
  await expect(waiting.locator('strong', { hasText: 'coding club' })).toBeVisible();
  await accessibleInBoth(ana, 'my page with a recommendation waiting');
  await waiting.getByRole('button', { name: 'Approve and show on my page' }).click();
  await expect(ana.getByTestId('waiting-recommendation')).toHaveCount(0);
  await expect(ana.getByTestId('recommendation')).toContainText(benName);

  await ben.reload();
  await expect(ben.getByTestId('recommendation')).toContainText('coding club');
  await anaContext.close();
  await benContext.close();
});

test('a group thread with formatting and a mention; staff hide a reported post', async ({ browser }) => {
  test.setTimeout(180_000);
  const anaContext = await browser.newContext();
  const ana = await anaContext.newPage();
  const anaName = uniqueName('ana');
  await signUp(ana, anaName, 'maple river lantern');
  await openApp(ana, '/community/groups');
  const group = uniqueName('Riverside job club');
  await ana.getByLabel('Group name').fill(group);
  await ana.getByLabel('What the group is about').fill('We meet on Tuesdays.');
  await ana.getByRole('button', { name: 'Start a group' }).click();
  await expect(ana.getByTestId('group').filter({ hasText: group })).toContainText('You organise this group');

  const benContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const ben = await benContext.newPage();
  const benName = uniqueName('ben');
  await signUp(ben, benName, 'maple river lantern');
  await openApp(ben, '/community/groups');
  const card = ben.getByTestId('group').filter({ hasText: group });
  await card.getByRole('button', { name: `Join — ${group}` }).click();
  await expect(card).toContainText('You are a member');
  await card.getByRole('link', { name: group }).click();
  await ben.getByLabel('Title').fill('Interview tips');
  await ben.getByLabel('Message').fill(`Hi @${anaName}, any **tips**? <script>alert(1)</script>\n- practise\n- breathe`);
  await ben.getByRole('button', { name: 'Start thread' }).click();
  await expect(ben).toHaveURL(/\/community\/threads\/\d+$/);
  const opening = ben.getByTestId('post').first();
  await expect(opening.locator('strong', { hasText: 'tips' })).toBeVisible();
  await expect(opening.locator('li')).toHaveCount(2);
  await expect(opening).toContainText('<script>alert(1)</script>');
  await expect(opening.locator('script')).toHaveCount(0);
  await expect(opening.locator('.mention')).toHaveText(`@${anaName}`);
  const overflow = await ben.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'thread on a phone').toBeLessThanOrEqual(0);
  await accessibleInBoth(ben, 'a thread');

  // The mention reaches Ana, who replies; Ben follows the thread and sees it.
  await openApp(ana, '/inbox');
  const mention = ana.getByTestId('notification').filter({ hasText: 'mentioned you in “Interview tips”' });
  await mention.getByRole('link').click();
  await ana.getByLabel('Write a reply').fill('Practise _out loud_.');
  await ana.getByRole('button', { name: 'Post reply' }).click();
  await expect(ana.getByTestId('post')).toHaveCount(2);
  await ana.getByRole('link', { name: group }).click();
  await expect(ana.getByTestId('thread').filter({ hasText: 'Interview tips' })).toContainText('1 replies');
  await accessibleInBoth(ana, 'a group page as organiser');
  await openApp(ben, '/inbox');
  await expect(ben.getByTestId('notification').filter({ hasText: 'replied in “Interview tips”' })).toBeVisible();

  // Ana reports Ben's post; staff hide it; it is gone for Ana.
  await ana.getByRole('link', { name: 'Interview tips' }).click();
  const benPost = ana.getByTestId('post').filter({ hasText: 'any' });
  await benPost.getByRole('button', { name: 'Report to library staff' }).click();
  await benPost.getByLabel('What happened?').fill('Not kind.');
  await benPost.getByRole('button', { name: 'Send report' }).click();
  await expect(benPost.getByRole('status')).toHaveText('Report sent to library staff.');

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF.username, STAFF.password);
  await openApp(staff, '/desk');
  const report = staff.getByTestId('report').filter({ hasText: 'Not kind.' });
  await expect(report.getByTestId('report-excerpt')).toContainText('any tips?');
  await report.getByLabel('Decision').selectOption({ label: 'Hide it from everyone' });
  await report.getByRole('button', { name: 'Record decision' }).click();
  await expect(staff.getByTestId('report').filter({ hasText: 'Not kind.' })).toContainText('hidden');
  await expect(staff.getByTestId('moderation-log')).toContainText(benName);
  await expectAccessible(staff, '/desk with a report');

  await ana.reload();
  await expect(ana.getByRole('alert').first()).toContainText('This is not here');
  await expect(ana.getByTestId('post')).toHaveCount(0);
  await openApp(ben, '/inbox');
  await expect(ben.getByTestId('notification').filter({ hasText: 'Library staff hid your post.' })).toBeVisible();
  await staffContext.close();
  await anaContext.close();
  await benContext.close();
});

test('sharing, rating, commenting on and adapting a teaching resource; it shows in a gap analysis', async ({ browser, request }) => {
  test.setTimeout(180_000);
  // A job whose first essential skill the resource will teach.
  const changes = await (await request.get('/api/v1/listings/changes?since=0')).json();
  const job = changes.jobs.find((j: { open: boolean }) => j.open);
  const skillId: string = job.essential[0];
  const taxonomy = await (await request.get('/api/v1/taxonomy')).json();
  const skillLabel: string = taxonomy.skills.find((s: { id: string }) => s.id === skillId).labels.en.preferred;

  const anaContext = await browser.newContext();
  const ana = await anaContext.newPage();
  await signUp(ana, uniqueName('ana'), 'maple river lantern');
  await openApp(ana, '/community/resources');
  const form = ana.getByTestId('share-form');
  const title = uniqueName('Resume worksheet');
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Kind of material').selectOption({ label: 'Worksheet' });
  await form.getByLabel('Licence').selectOption({ label: 'CC BY-SA 4.0 (credit me, share alike)' });
  await pickSkill(ana, form.getByRole('combobox', { name: 'Skills it teaches' }), 'share-skill-options', skillLabel);
  await form.getByLabel('Language it is written in').fill('English');
  // A script named as a PDF is refused with what to do.
  await form.getByLabel('File (optional if you give a link)').setInputFiles({
    name: 'worksheet.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>'),
  });
  await form.getByRole('button', { name: 'Share a resource' }).click();
  await expect(form.locator('#share-file-error')).toContainText('This kind of file cannot be shared');
  await expectAccessible(ana, 'the share form with a file problem');
  const pdf = Buffer.from('%PDF-1.4\n% a worksheet\n');
  await form.getByLabel('File (optional if you give a link)').setInputFiles({ name: 'worksheet.pdf', mimeType: 'application/pdf', buffer: pdf });
  await form.getByRole('button', { name: 'Share a resource' }).click();
  await expect(ana).toHaveURL(/\/community\/resources\/\d+$/);
  await expect(ana.locator('h1')).toHaveText(title);
  await expect(ana.getByTestId('licence')).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/4.0/');
  const download = ana.waitForEvent('download');
  await ana.getByTestId('download').click();
  expect((await (await download).path()) ? 'saved' : 'missing').toBe('saved');
  const resourceUrl = ana.url();
  await accessibleInBoth(ana, 'a teaching resource, as its owner');

  // Ben rates, comments and publishes an adapted version.
  const benContext = await browser.newContext();
  const ben = await benContext.newPage();
  await signUp(ben, uniqueName('ben'), 'maple river lantern');
  await openApp(ben, '/community/resources');
  await ben.getByLabel('Search by title, skill or language').fill(title);
  await ben.getByRole('link', { name: title }).click();
  await ben.getByLabel('4 of 5').check();
  await expect(ben.getByTestId('rating-summary')).toHaveText('4.0 of 5 (1 ratings)');
  await ben.getByLabel('Write a comment').fill('Used it at the **job club** today.');
  await ben.getByRole('button', { name: 'Post comment' }).click();
  await expect(ben.getByTestId('comment')).toContainText('job club');
  await ben.getByRole('button', { name: 'Publish an adapted version' }).click();
  const adapt = ben.getByTestId('adapt-form');
  await expect(adapt.getByLabel('Title')).toHaveValue(title);
  await adapt.getByLabel('Title').fill(`${title} (Spanish)`);
  await adapt.getByLabel('Language it is written in').fill('Español');
  await adapt.getByLabel('File (optional if you give a link)').setInputFiles({ name: 'hoja.pdf', mimeType: 'application/pdf', buffer: pdf });
  await adapt.getByRole('button', { name: 'Publish an adapted version' }).click();
  await expect(ben.locator('h1')).toHaveText(`${title} (Spanish)`);
  await expect(ben.getByTestId('adapted-from')).toContainText(title);
  await accessibleInBoth(ben, 'an adapted teaching resource');

  await ana.goto(resourceUrl);
  await expect(ana.getByTestId('adaptation')).toContainText(`${title} (Spanish)`);
  await openApp(ana, '/inbox');
  await expect(ana.getByTestId('notification').filter({ hasText: 'published an adapted version' })).toBeVisible();

  // Someone missing the skill finds the worksheet in the job's gap analysis.
  await openApp(ben, `/jobs/${job.id}`);
  await expect(ben.getByTestId('teaching-material').filter({ hasText: title }).first()).toBeVisible({ timeout: 20_000 });
  await anaContext.close();
  await benContext.close();
});
