// Library staff help a patron who forgot their password, without ever
// seeing or choosing it; the reset ends the patron's other sessions.
import { test, expect } from '@playwright/test';
import { STAFF, openApp, signIn, signUp, uniqueName } from './helpers';

test('a staff-issued reset code lets a patron set a new password and ends old sessions', async ({ browser }) => {
  const patronName = uniqueName('forgot');
  const home = await browser.newContext();
  const homePage = await home.newPage();
  await signUp(homePage, patronName, 'first long password');

  const desk = await browser.newContext();
  const deskPage = await desk.newPage();
  await signIn(deskPage, STAFF.username, STAFF.password);
  await deskPage.getByRole('link', { name: 'Library desk' }).click();
  await deskPage.locator('#reset-username').fill(patronName);
  await deskPage.getByRole('button', { name: 'Issue reset code' }).click();
  const code = (await deskPage.getByTestId('code-value').innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);

  const kiosk = await browser.newContext();
  const patron = await kiosk.newPage();
  await openApp(patron, '/sign-in');
  await patron.getByRole('link', { name: 'I have a code from the library' }).click();
  await patron.getByLabel('Username').fill(patronName);
  await patron.getByLabel('Code from the library').fill(code.toLowerCase());
  await patron.locator('#new_password').fill('second long password');
  await patron.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(patron).toHaveURL(/\/account$/);
  await expect(patron.getByTestId('signed-in-as')).toContainText(patronName);

  // The session at home ended with the reset.
  await openApp(homePage, '/account');
  await expect(homePage.getByText('Please sign in to see this page.')).toBeVisible();

  // The code works once.
  const again = await (await browser.newContext()).newPage();
  await openApp(again, '/use-code');
  await again.getByLabel('Username').fill(patronName);
  await again.getByLabel('Code from the library').fill(code);
  await again.locator('#new_password').fill('third long password');
  await again.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(again.locator('#code-error')).toContainText('not right or has expired');
});

test('staff enroll a patron at the desk and the patron chooses the password', async ({ browser }) => {
  const desk = await (await browser.newContext()).newPage();
  await signIn(desk, STAFF.username, STAFF.password);
  await openApp(desk, '/desk');
  const name = uniqueName('walkin');
  await desk.locator('#enroll-username').fill(name);
  await desk.getByLabel('Preferred language').selectOption('es');
  await desk.getByRole('button', { name: 'Create account and code' }).click();
  await expect(desk.getByTestId('issued-code')).toContainText(`One-time code for ${name}`);
  const code = (await desk.getByTestId('code-value').innerText()).trim();

  const patron = await (await browser.newContext()).newPage();
  await openApp(patron, '/use-code');
  await patron.getByLabel('Username').fill(name);
  await patron.getByLabel('Code from the library').fill(code);
  await patron.locator('#new_password').fill('chosen by me alone');
  await patron.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(patron.getByTestId('signed-in-as')).toContainText(name);
  // Enrolled in Spanish: the app speaks Spanish once the patron is in.
  await expect(patron.getByRole('heading', { level: 1 })).toHaveText('Mi cuenta');
  await expect(patron.getByLabel('Idioma preferido')).toHaveValue('es');
});

test('the desk is closed to patrons', async ({ page }) => {
  await signUp(page, uniqueName('curious'), 'maple river lantern');
  await openApp(page, '/desk');
  await expect(page.getByText('This page is for library staff.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Library desk' })).toHaveCount(0);
});
