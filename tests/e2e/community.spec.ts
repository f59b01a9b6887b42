// The skills database and partner needs in a real browser: a partner
// describes its organisation and posts a need, staff verify the partner, a
// library worker records skills, finds the need ranked with reasons and
// asks to connect; the partner sees the worker among the ranked matches,
// accepts, and the two write to each other.
import { test, expect } from '@playwright/test';
import { PARTNER, STAFF, expectAccessible, openApp, signIn, signUp, uniqueName } from './helpers';

test('a partner posts a need, a library worker finds it and they connect', async ({ browser }) => {
  test.setTimeout(180_000);
  const partnerContext = await browser.newContext();
  const partner = await partnerContext.newPage();
  await signIn(partner, PARTNER.username, PARTNER.password);
  await openApp(partner, '/community');
  await expect(partner.getByTestId('org-status')).toContainText('Describe your organisation first');
  const orgName = uniqueName('Harbor Learning Center');
  await partner.getByLabel('Organisation name').fill(orgName);
  await partner.getByRole('button', { name: 'Save' }).click();
  await expect(partner.getByTestId('org-status')).toContainText('not verified your organisation yet');

  // The need, with a skill picked from the taxonomy.
  await partner.locator('summary', { hasText: 'Post a need' }).click();
  const form = partner.getByTestId('need-form');
  const title = uniqueName('Teach seniors to video call');
  await form.getByLabel('What do you need done?').fill(title);
  const picker = form.getByRole('combobox');
  await picker.fill('teach');
  await expect(partner.locator('#need-skill-options [role=option]').first()).toBeVisible({ timeout: 20_000 });
  const skillName = (await partner.locator('#need-skill-options [role=option]').first().textContent())!.trim();
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await form.getByLabel('Hours in all').fill('6');
  await form.getByLabel('Where (town or branch)').fill('Riverside');
  await form.getByRole('button', { name: 'Post a need' }).click();
  await expect(partner.getByTestId('own-need').filter({ hasText: title })).toContainText('Waiting for library staff');
  await expectAccessible(partner, '/community as a partner');

  // Staff verify the organisation at the desk.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF.username, STAFF.password);
  await openApp(staff, '/desk');
  await staff.getByRole('button', { name: `Verify ${orgName}` }).click();
  await expect(staff.getByTestId('partner-waiting').filter({ hasText: orgName })).toHaveCount(0);
  await staffContext.close();

  // A library worker records the skill and finds the need at the top, with reasons.
  const workerContext = await browser.newContext();
  const worker = await workerContext.newPage();
  const workerName = uniqueName('worker');
  await signUp(worker, workerName, 'maple river lantern');
  await openApp(worker, '/community/skills');
  const held = worker.getByRole('combobox', { name: 'Add a skill you have' });
  await held.fill(skillName);
  await expect(worker.locator('#held-skill-options [role=option]').first()).toBeVisible({ timeout: 20_000 });
  await held.press('ArrowDown');
  await held.press('Enter');
  await expect(worker.getByTestId('held-skills').locator('li')).toHaveCount(1);
  await worker.getByLabel('Which one (optional)').fill('Weekly tablet club');
  await worker.getByLabel('Town or region').fill('Riverside');
  await worker.getByLabel('Available to teach').check();
  await worker.getByLabel('Who can find this record').selectOption({ label: 'Members of this network' });
  await worker.getByRole('button', { name: 'Save' }).click();
  await expect(worker.getByTestId('expertise-saved')).toHaveText('Saved.');
  await expectAccessible(worker, '/community/skills with a skill');

  await openApp(worker, '/community');
  const card = worker.getByTestId('need-card').filter({ hasText: title });
  await expect(card).toBeVisible({ timeout: 20_000 });
  await expect(card.getByTestId('why')).toContainText(`You have: ${skillName}`);
  await expect(card.getByTestId('why')).toContainText('same region');
  await expect(card).toContainText(orgName);
  await card.getByRole('button', { name: 'Ask to connect' }).click();
  await card.getByLabel('Message (optional)').fill('I run a tablet club every week.');
  await card.getByRole('button', { name: 'Send request' }).click();
  await expect(card.getByRole('status')).toContainText('Request sent');
  await expectAccessible(worker, '/community with a need');

  // The partner sees the worker among the ranked matches, then accepts.
  await openApp(partner, '/community');
  const own = partner.getByTestId('own-need').filter({ hasText: title });
  await expect(own).toContainText('Open');
  await own.getByRole('button', { name: 'Show library workers who fit' }).click();
  await expect(own.getByTestId('worker-match').filter({ hasText: workerName })).toContainText(`You have: ${skillName}`);
  await openApp(partner, '/community/connections');
  const request = partner.getByTestId('connection').filter({ hasText: workerName });
  await expect(request).toContainText('I run a tablet club every week.');
  await request.getByRole('button', { name: 'Accept' }).click();
  await expect(partner.getByTestId('connection').filter({ hasText: workerName })).toContainText('Connected');
  await partner.getByTestId('connection').filter({ hasText: workerName }).getByLabel('Write a message').fill('Can you start in March?');
  await partner.getByTestId('connection').filter({ hasText: workerName }).getByRole('button', { name: 'Send' }).click();
  await expect(partner.getByTestId('connection-message')).toHaveCount(1);
  await expectAccessible(partner, '/community/connections');

  // The worker hears of it and reads the message; the directory shows them.
  await openApp(worker, '/inbox');
  await expect(worker.getByTestId('notification').first()).toContainText(/accepted your request to connect|New message/);
  await openApp(worker, '/community/connections');
  await expect(worker.getByTestId('connection-message')).toContainText('Can you start in March?');
  await openApp(partner, '/community/directory');
  await partner.getByLabel('Skill or name').fill(workerName);
  await expect(partner.getByTestId('worker-card')).toHaveCount(1);
  await expect(partner.getByTestId('worker-card')).toContainText('Weekly tablet club');
  await expectAccessible(partner, '/community/directory filtered');
  await partnerContext.close();
  await workerContext.close();
});
