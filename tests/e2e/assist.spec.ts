// Desk help in a real browser: a patron at the desk agrees that staff help
// with their profile; staff find them, record the consent, add a skill and
// a headline for them; the patron sees each save on their account page and
// ends the help, after which staff can no longer edit. Staff then end all
// of the patron's sessions. axe-core on the help page in both languages.
import { test, expect } from '@playwright/test';
import { STAFF, expectAccessible, openApp, signIn, signUp, uniqueName } from './helpers';

test('staff build a profile with a patron who consents, and the patron sees and ends it', async ({ browser }) => {
  test.setTimeout(180_000);
  const patronName = uniqueName('helped');
  const patronContext = await browser.newContext();
  const patron = await patronContext.newPage();
  await signUp(patron, patronName, 'maple river lantern');

  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  await signIn(desk, STAFF.username, STAFF.password);
  await desk.getByRole('link', { name: 'Library desk' }).click();
  const find = desk.getByTestId('find-patron');
  await find.getByLabel('Username or name').fill(patronName.slice(0, 12));
  await find.getByRole('button', { name: 'Search' }).click();
  const row = desk.getByTestId('patron').filter({ hasText: patronName });
  await expect(row).toContainText('Open sessions: 1');
  // Consent is recorded only once ticked.
  await row.getByTestId('record-consent').click();
  await expect(row.getByRole('alert')).toHaveText('Tick the box once the patron has agreed.');
  await row.getByLabel(`${patronName} is here and agreed that I help with their profile`).check();
  await row.getByTestId('record-consent').click();
  await expect(row.getByRole('status')).toContainText('The patron agreed to help with their profile until');
  await row.getByTestId('help-profile').click();
  await expect(desk.getByTestId('assisting')).toContainText(`Helping ${patronName} with their profile`);
  await expectAccessible(desk, '/desk/patrons/:id (en)');

  // A skill, picked with the keyboard, and a headline.
  const search = desk.getByRole('combobox', { name: 'Add a skill' });
  await expect(search).toBeVisible({ timeout: 20_000 });
  await search.fill('drive a fork');
  await expect(desk.getByRole('option', { name: 'operate forklift' })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  await desk.getByRole('button', { name: 'Save my skills' }).click();
  await expect(desk.getByText('Your skills are saved.')).toBeVisible();
  await desk.getByLabel('Headline').fill('Warehouse worker, forklift certified');
  await desk.getByTestId('profile-form').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(desk.getByTestId('profile-status')).toHaveText('Saved.');
  // Who sees the profile stays the patron's choice: no such field here.
  await expect(desk.getByTestId('visibility')).toHaveCount(0);
  await desk.getByTestId('lang-es').click();
  await expect(desk.locator('html')).toHaveAttribute('lang', 'es');
  await expectAccessible(desk, '/desk/patrons/:id (es)');
  await desk.getByTestId('lang-en').click();

  // The patron sees the help and the saves, and their profile has them.
  await openApp(patron, '/account');
  const help = patron.getByTestId('desk-help');
  await expect(help).toContainText('Dana (demo staff) helped on');
  await expect(help).toContainText('profile saves: 2.');
  await expect(patron.getByTestId('my-skills')).toContainText('operate forklift');
  await expect(patron.getByLabel('Headline')).toHaveValue('Warehouse worker, forklift certified');
  await openApp(patron, '/inbox');
  await expect(patron.getByText('Dana (demo staff) of the library is helping with your profile')).toBeVisible();
  await openApp(patron, '/account');
  await patron.getByTestId('end-my-help').click();
  await expect(help).toContainText('(ended)');

  // Staff can no longer edit.
  await desk.reload();
  await expect(desk.getByTestId('no-consent')).toBeVisible();

  // Ending every session signs the patron out everywhere.
  await openApp(desk, '/desk');
  await find.getByLabel('Username or name').fill(patronName);
  await find.getByRole('button', { name: 'Search' }).click();
  await desk.getByTestId('patron').filter({ hasText: patronName }).getByTestId('end-sessions').click();
  await expect(desk.getByTestId('patron').filter({ hasText: patronName })).toContainText('Open sessions: 0');
  await openApp(patron, '/account');
  await expect(patron.getByText('Please sign in to see this page.')).toBeVisible();
});
