// Signing up without an email, signing in and out, wrong passwords, and
// field problems shown next to the field that has them.
import { test, expect } from '@playwright/test';
import { openApp, signIn, signOut, signUp, uniqueName } from './helpers';

test('a newcomer signs up without an email, signs out and back in', async ({ page }) => {
  const name = uniqueName('newcomer');
  await signUp(page, name, 'maple river lantern');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
  await expect(page.getByText('Library patron')).toBeVisible();

  await signOut(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  // The server forgot the session: the account page asks to sign in.
  await openApp(page, '/account');
  await expect(page.getByText('Please sign in to see this page.')).toBeVisible();

  await signIn(page, name, 'maple river lantern');
  await expect(page.getByTestId('signed-in-as')).toContainText(name);
});

test('a wrong password says so and keeps the person on the sign-in page', async ({ page }) => {
  const name = uniqueName('mistyped');
  await signUp(page, name, 'maple river lantern');
  await signOut(page);
  await openApp(page, '/sign-in');
  await page.getByLabel('Username').fill(name);
  await page.locator('#password').fill('maple river lanterns');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByTestId('form-alert')).toHaveText(
    'The username or password is not right. Check them and try again.',
  );
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.locator('#password')).toHaveValue('');
});

test('sign-up problems are shown at each field and nothing typed is lost', async ({ page }) => {
  await openApp(page, '/sign-up');
  await page.getByLabel('Username').fill('ab');
  await page.locator('#password').fill('password1');
  await page.getByLabel('Email (optional)').fill('not-an-email');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('form-alert')).toHaveText('Please fix the following:');
  await expect(page.locator('#username')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#username-error')).toHaveText('Use at least 3 characters.');
  await expect(page.locator('#password-error')).toContainText('very common');
  await expect(page.locator('#email-error')).toContainText('does not look like an email');
  await expect(page.locator('#username')).toHaveAttribute('aria-describedby', 'username-hint username-error');
  await expect(page.getByLabel('Email (optional)')).toHaveValue('not-an-email');
  await expect(page).toHaveURL(/\/sign-up$/);
});

test('sign-up works with the keyboard alone', async ({ page }) => {
  const name = uniqueName('keys');
  await openApp(page, '/sign-up');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.locator('#username').focus();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await expect(page.locator('#password')).toBeFocused();
  await page.keyboard.type('typed with keys only');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/start$/);
  await openApp(page, '/account');
  await expect(page.getByTestId('signed-in-as')).toContainText(name);
});
