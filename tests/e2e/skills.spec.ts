// Skills on the profile: picked with autocomplete over the ESCO taxonomy
// (synonyms and small typos found), kept with a level, saved and reloaded.
import { test, expect } from '@playwright/test';
import { expectAccessible, openApp, signUp, uniqueName } from './helpers';

test('a patron adds skills by typing, picks levels, and finds them saved after a reload', async ({ page }) => {
  await signUp(page, uniqueName('skills'), 'maple river lantern');
  const search = page.getByRole('combobox', { name: 'Add a skill' });
  await expect(search).toBeVisible({ timeout: 20_000 });

  // A synonym finds the ESCO skill; the keyboard picks it.
  await search.fill('drive a fork');
  await expect(page.getByRole('option', { name: 'operate forklift' })).toBeVisible();
  await search.press('ArrowDown');
  await expect(search).toHaveAttribute('aria-activedescendant', 'skill-option-0');
  await search.press('Enter');
  await expect(page.getByTestId('my-skills')).toContainText('operate forklift');
  await expect(search).toHaveValue('');

  // A small typo, picked with the mouse.
  await search.fill('custmer service');
  await search.press('Enter');
  await expect(page.getByTestId('my-skills').locator('li')).toHaveCount(2);

  await page.getByLabel('Level for operate forklift').selectOption('expert');
  await page.getByRole('button', { name: 'Save my skills' }).click();
  await expect(page.getByText('Your skills are saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('my-skills')).toContainText('operate forklift', { timeout: 20_000 });
  await expect(page.getByLabel('Level for operate forklift')).toHaveValue('expert');
  await expect(page.getByTestId('my-skills').locator('li')).toHaveCount(2);

  await page.getByRole('button', { name: 'Remove operate forklift' }).click();
  await expect(page.getByTestId('my-skills').locator('li')).toHaveCount(1);
});

test('the skill picker has no axe violations with suggestions open, in both languages', async ({ page }) => {
  await signUp(page, uniqueName('skills-axe'), 'maple river lantern');
  const search = page.locator('#skill-search');
  await expect(search).toBeVisible({ timeout: 20_000 });
  await search.fill('cook');
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectAccessible(page, 'skill picker (en)');
  await page.getByTestId('lang-es').click();
  await expect(page.getByRole('heading', { name: 'Mis habilidades' })).toBeVisible();
  await expectAccessible(page, 'skill picker (es)');
  await openApp(page, '/account');
});
