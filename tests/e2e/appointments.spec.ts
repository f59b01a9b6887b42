// Appointments in a real browser: staff offer two resume reviews in a
// library room; Ana books one with a note; Ben, whose page still shows it,
// is told someone was quicker and books the other; staff see who booked and
// why; Ana cancels and staff are told in their inbox. axe-core in both
// languages, for a patron and for the host, and on a phone.
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

test('a patron books an appointment, nobody books it twice, and cancelling tells the host', async ({ browser }) => {
  test.setTimeout(180_000);
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF.username, STAFF.password);
  await openApp(staff, '/appointments');
  const form = staff.getByTestId('offer-form');
  // A day far ahead that nobody else in the run offers.
  const day = `2098-0${1 + (Date.now() % 9)}-${10 + (Date.now() % 18)}`;
  // How the page writes that day: on the library's clock (UTC here, like
  // this browser's), in words.
  const dayText = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${day}T12:00:00Z`));
  await form.getByLabel('Kind of appointment').selectOption({ label: 'Resume review' });
  await form.getByLabel('Date').fill(day);
  await form.getByLabel('Starts').fill('09:00');
  await form.getByLabel('Minutes each').fill('45');
  await form.getByLabel('How many').fill('9');
  await form.getByLabel('Room', { exact: true }).selectOption({ label: 'Riverside Main Library, Study room 2' });
  await expect(form.getByLabel('Branch and room')).toHaveValue('Riverside Main Library, Study room 2');
  await form.getByRole('button', { name: 'Offer times' }).click();
  // Too many: the field says what to fix.
  await expect(staff.locator('#slot-count-error')).toBeVisible();
  await form.getByLabel('How many').fill('2');
  await form.getByRole('button', { name: 'Offer times' }).click();
  await expect(form.getByText('2 times offered.')).toBeVisible();
  await expect(staff.getByTestId('hosting').getByText(`${dayText}, 9:45 AM – 10:30 AM`)).toBeVisible();
  await accessibleInBoth(staff, '/appointments as a host');

  const anaContext = await browser.newContext();
  const ana = await anaContext.newPage();
  const anaName = uniqueName('ana');
  await signUp(ana, anaName, 'maple river lantern');
  const benContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const ben = await benContext.newPage();
  await signUp(ben, uniqueName('ben'), 'maple river lantern');
  await openApp(ana, '/appointments');
  await openApp(ben, '/appointments');

  const first = `${dayText}, 9:00 AM`;
  const second = `${dayText}, 9:45 AM`;
  // Both pages have the times on screen before Ana books, so Ben's copy is
  // the one from before her booking (the list loads after the page opens).
  await expect(ben.getByRole('button', { name: new RegExp(`Book this time: Resume review — ${first}`) })).toBeVisible();
  await ana.getByLabel('What would you like to work on?').fill('My first resume, for warehouse jobs');
  await ana.getByRole('button', { name: new RegExp(`Book this time: Resume review — ${first}`) }).click();
  await expect(ana.getByText('Booked. You will find it under My appointments')).toBeVisible();
  await expect(ana.getByTestId('booked').filter({ hasText: first })).toBeVisible();

  // Ben's page still offers the first time: booking it says someone was quicker.
  await ben.getByRole('button', { name: new RegExp(`Book this time: Resume review — ${first}`) }).click();
  await expect(ben.getByTestId('booking-problem')).toHaveText('Someone else just booked this time. Please pick another.');
  await expect(ben.getByRole('button', { name: new RegExp(`Book this time: Resume review — ${first}`) })).toHaveCount(0);
  await ben.getByRole('button', { name: new RegExp(`Book this time: Resume review — ${second}`) }).click();
  await expect(ben.getByTestId('booked').filter({ hasText: second })).toBeVisible();
  const overflow = await ben.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, '/appointments on a phone').toBeLessThanOrEqual(0);
  await accessibleInBoth(ben, '/appointments with a booking');

  // The host sees who booked and why.
  await openApp(staff, '/appointments');
  const hosted = staff.getByTestId('hosted').filter({ hasText: first });
  await expect(hosted).toContainText(`Booked by ${anaName}`);
  await expect(hosted).toContainText('My first resume, for warehouse jobs');

  // Ana cancels with a reason; the host is told.
  const mine = ana.getByTestId('booked').filter({ hasText: first });
  await mine.getByText('Cancel this appointment').first().click();
  await mine.getByLabel('Reason (optional, told to the other person)').fill('I found a job!');
  await mine.getByRole('button', { name: 'Cancel this appointment' }).click();
  await expect(ana.getByTestId('booked').filter({ hasText: first })).toHaveCount(0);
  await openApp(staff, '/inbox');
  await expect(staff.getByText(`${anaName} cancelled the appointment on ${dayText}, 9:00 AM: I found a job!`)).toBeVisible();
  await openApp(ana, '/appointments');
  await expect(ana.getByRole('button', { name: new RegExp(`Book this time: Resume review — ${first}`) })).toBeVisible();
});
