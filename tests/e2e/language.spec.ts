// Switching the interface between English and Spanish, remembered on the device.
import { test, expect } from '@playwright/test';
import { openApp, signUp, uniqueName } from './helpers';

test('the language switch changes every page and is remembered after a reload', async ({ page }) => {
  await openApp(page, '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('lang-es').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Encuentra trabajo y haz crecer tu carrera, con tu biblioteca',
  );
  await expect(page.getByTestId('lang-es')).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Encuentra trabajo y haz crecer tu carrera, con tu biblioteca',
  );
  await page.getByRole('link', { name: 'Crear cuenta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crea tu cuenta');
  await expect(page.getByText('Déjalo vacío si no tienes.')).toBeVisible();
  await expect(page).toHaveTitle('Crea tu cuenta · Libranet');

  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create your account');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('field problems from the server are explained in Spanish', async ({ page }) => {
  await openApp(page, '/sign-up');
  await page.getByTestId('lang-es').click();
  await page.getByLabel('Nombre de usuario').fill(uniqueName('es'));
  await page.locator('#password').fill('corta');
  await page.getByRole('button', { name: 'Crear cuenta' }).click();
  await expect(page.locator('#password-error')).toHaveText('Usa al menos 8 caracteres.');
  await expect(page.getByTestId('form-alert')).toHaveText('Corrige lo siguiente:');
});

test('a person who signed up in Spanish keeps Spanish on the account page', async ({ page }) => {
  await openApp(page, '/');
  await page.getByTestId('lang-es').click();
  const name = uniqueName('hola');
  await signUp(page, name, 'una frase larga y mía');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mi cuenta');
  await expect(page.getByText('Usuario de la biblioteca')).toBeVisible();
});

test('the About page carries the ESCO attribution in both languages', async ({ page }) => {
  await openApp(page, '/about');
  await expect(page.getByTestId('esco-attribution')).toContainText(
    'This service uses the ESCO classification of the European Commission. Libranet ships a subset of ESCO v1.1.1.',
  );
  await page.getByTestId('lang-es').click();
  await expect(page.getByTestId('esco-attribution')).toContainText('clasificación ESCO de la Comisión Europea');
});
