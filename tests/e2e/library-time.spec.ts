// Library time in a real browser: a library in Chicago (19:30 there is
// already tomorrow in UTC) and one in Auckland, each on its own server
// whose clock starts at 19:30 on 3 December. Staff publish tonight's
// 20:30 event at a branch; it reads on the library's clock in English and
// Spanish; a reader whose device is in another zone also sees their own
// time, one in the same zone does not; the calendar file holds the UTC
// moment.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { STAFF, expectAccessible, openApp, signIn, uniqueName } from './helpers';

const SERVER = process.env.LIBRANET_SERVER_BIN ?? path.resolve(__dirname, '../../target/debug/libranet-server');
const PATRON = { username: 'demo-patron', password: 'demo patron looking for work' };
const ROOM = 'Riverside Main Library, Community room';

interface Library {
  zone: string;
  city: string;
  /** A zone whose clock reads the event differently. */
  away: string;
  portBase: number;
  english: string;
  spanish: string;
  awayEnglish: string;
  awaySpanish: string;
  dtstart: string;
  dtend: string;
  /** The library's zone as the desk names it. */
  zoneLabel: string;
  /** 20:30 in Anchorage, read on the library's clock. */
  anchorageHere: string;
}

const LIBRARIES: Library[] = [
  {
    zone: 'America/Chicago',
    city: 'Chicago',
    away: 'America/Los_Angeles',
    portBase: 18_610,
    english: 'Thursday, December 3, 8:30 PM – 10:00 PM',
    spanish: 'jueves, 3 de diciembre, 20:30 – 22:00',
    awayEnglish: '(8:30 PM Chicago time · 6:30 PM your time)',
    awaySpanish: '(20:30, hora de Chicago · 18:30, tu hora)',
    // 20:30 on 3 December in Chicago (UTC−6) is 02:30 on the 4th in UTC.
    dtstart: 'DTSTART:20261204T023000Z',
    dtend: 'DTEND:20261204T040000Z',
    zoneLabel: "Chicago time (UTC−6) · Library's time zone",
    anchorageHere: '(8:30 PM Anchorage time · 11:30 PM your time)',
  },
  {
    zone: 'Pacific/Auckland',
    city: 'Auckland',
    away: 'Australia/Sydney',
    portBase: 18_620,
    english: 'Thursday, December 3, 8:30 PM – 10:00 PM',
    spanish: 'jueves, 3 de diciembre, 20:30 – 22:00',
    awayEnglish: '(8:30 PM Auckland time · 6:30 PM your time)',
    awaySpanish: '(20:30, hora de Auckland · 18:30, tu hora)',
    // Auckland is on daylight time in December (UTC+13).
    dtstart: 'DTSTART:20261203T073000Z',
    dtend: 'DTEND:20261203T090000Z',
    zoneLabel: "Auckland time (UTC+13) · Library's time zone",
    // 05:30 UTC on the 4th: the next evening in Auckland.
    anchorageHere: '(8:30 PM Anchorage time · Friday 6:30 PM your time)',
  },
];

for (const library of LIBRARIES) {
  test.describe(`a library in ${library.zone}`, () => {
    test.describe.configure({ mode: 'serial', timeout: 150_000 });
    let server: ChildProcess | undefined;
    let base = '';
    const title = uniqueName('Evening job club');

    test.beforeAll(async ({}, info) => {
      const port = library.portBase + info.workerIndex;
      const data = fs.mkdtempSync(path.join(os.tmpdir(), 'libranet-time-'));
      server = spawn(SERVER, [
        '--bind', `127.0.0.1:${port}`, '--data-dir', data,
        '--app-dir', path.resolve(__dirname, '../../dist'), '--demo', 'true',
        '--auth-budget', '10000',
        '--time-zone', library.zone, '--clock-start', '2026-12-03T19:30',
      ], { stdio: 'ignore' });
      base = `http://127.0.0.1:${port}`;
      await expect.poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
    });

    test.afterAll(() => {
      server?.kill();
    });

    async function open(browser: Browser, timezoneId: string, locale: string): Promise<Page> {
      const context = await browser.newContext({ baseURL: base, timezoneId, locale });
      return context.newPage();
    }

    test('staff publish tonight at 20:30 at a branch, read on the library clock', async ({ browser }) => {
      const staff = await open(browser, library.zone, 'en-US');
      await signIn(staff, STAFF.username, STAFF.password);
      await openApp(staff, '/events');
      const form = staff.getByTestId('event-form');
      // Without a branch the organiser picks a zone, starting at the device's.
      await expect(form.getByLabel('Time zone')).toHaveValue(library.zone);
      await form.getByLabel('Title').fill(title);
      await form.getByLabel('Date').fill('2026-12-03');
      // An hour ago is refused under the start field.
      await form.getByLabel('Starts').fill('18:30');
      await form.getByLabel('Ends').fill('22:00');
      await form.getByLabel('Room', { exact: true }).selectOption({ label: ROOM });
      // A branch's events are in the branch's zone, which the form names.
      await expect(staff.getByTestId('event-zone-fixed')).toHaveText(
        `Times are in ${library.city} time (the branch's time zone).`,
      );
      await expect(form.getByLabel('Time zone')).toHaveCount(0);
      await form.getByRole('button', { name: 'Publish an event' }).click();
      await expect(staff.locator('#event-start-error')).toHaveText('This time has passed; pick a later time.');
      await expectAccessible(staff, '/events with a time that has passed');
      await form.getByLabel('Starts').fill('20:30');
      await form.getByRole('button', { name: 'Publish an event' }).click();
      await expect(form.getByText('Published. Dates in the series: 1.')).toBeVisible();

      const card = staff.getByTestId('event').filter({ hasText: title });
      await expect(card.getByTestId('when')).toHaveText(library.english);
      // The same zone as the library: no second line.
      await expect(card.getByTestId('your-time')).toHaveCount(0);
      await expect(card).not.toContainText('2026-12-03');
      await staff.context().close();
    });

    test('a patron elsewhere reads both clocks in Spanish and English, signs up and gets the UTC moment', async ({ browser }) => {
      const patron = await open(browser, library.away, 'es-ES');
      await signIn(patron, PATRON.username, PATRON.password);
      await openApp(patron, '/events');
      // demo-patron reads Spanish.
      await expect(patron.locator('html')).toHaveAttribute('lang', 'es');
      const card = patron.getByTestId('event').filter({ hasText: title });
      await expect(card.getByTestId('when')).toHaveText(library.spanish);
      await expect(card.getByTestId('your-time')).toHaveText(library.awaySpanish);
      await expectAccessible(patron, '/events in Spanish in another zone');

      await patron.getByTestId('lang-en').click();
      await expect(card.getByTestId('when')).toHaveText(library.english);
      await expect(card.getByTestId('your-time')).toHaveText(library.awayEnglish);
      await card.getByRole('button', { name: `Sign up — ${title}` }).click();
      await expect(card.getByTestId('my-seat')).toHaveText('You have a seat.');

      const download = patron.waitForEvent('download');
      await card.getByRole('button', { name: 'Add to calendar' }).click();
      const file = await download;
      const text = fs.readFileSync(await file.path(), 'utf8');
      expect(text).toContain(`${library.dtstart}\r\n`);
      expect(text).toContain(`${library.dtend}\r\n`);
      expect(text).toContain(`SUMMARY:${title}`);

      // The event's own page reads the same.
      await card.getByRole('link', { name: title }).click();
      await expect(patron.locator('h1')).toHaveText(title);
      await expect(patron.getByTestId('when')).toHaveText(library.english);
      await expect(patron.getByTestId('your-time')).toHaveText(library.awayEnglish);
      await patron.context().close();
    });

    test('a branch in its own zone: the desk names it and its events run on its clock', async ({ browser }) => {
      const staff = await open(browser, library.zone, 'en-US');
      await signIn(staff, STAFF.username, STAFF.password);
      await openApp(staff, '/desk');
      const branches = staff.getByTestId('branches');
      await expect(branches.locator('li').filter({ hasText: 'Riverside Main Library' }).getByTestId('branch-zone'))
        .toHaveText(library.zoneLabel);
      const add = staff.getByTestId('add-branch');
      // A new branch follows the library unless given its own zone.
      await expect(add.getByLabel('Time zone')).toHaveValue('');
      const harbor = uniqueName('Harbor');
      await add.getByLabel('Branch name').fill(harbor);
      await add.getByLabel('Time zone').selectOption('America/Anchorage');
      await add.getByRole('button', { name: 'Add a branch' }).click();
      const branch = branches.locator('li').filter({ has: staff.getByRole('heading', { name: harbor }) });
      await expect(branch.getByTestId('branch-zone')).toHaveText('Anchorage time (UTC−9)');
      await branch.getByLabel('Room name').fill('Boat shed');
      await branch.getByRole('button', { name: 'Add a room' }).click();
      await expectAccessible(staff, '/desk with a branch in another zone');

      await openApp(staff, '/events');
      const form = staff.getByTestId('event-form');
      const title = uniqueName('Harbor jobs evening');
      await form.getByLabel('Title').fill(title);
      await form.getByLabel('Date').fill('2026-12-03');
      await form.getByLabel('Starts').fill('20:30');
      await form.getByLabel('Ends').fill('22:00');
      await form.getByLabel('Room', { exact: true }).selectOption({ label: `${harbor}, Boat shed` });
      await expect(staff.getByTestId('event-zone-fixed')).toHaveText("Times are in Anchorage time (the branch's time zone).");
      await form.getByRole('button', { name: 'Publish an event' }).click();
      await expect(form.getByText('Published. Dates in the series: 1.')).toBeVisible();
      const card = staff.getByTestId('event').filter({ hasText: title });
      await expect(card.getByTestId('when')).toHaveText('Thursday, December 3, 8:30 PM – 10:00 PM');
      await expect(card.getByTestId('your-time')).toHaveText(library.anchorageHere);
      await staff.context().close();
    });
  });
}
