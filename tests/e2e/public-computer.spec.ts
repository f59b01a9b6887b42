// Public computers as a library runs them: one Chromium profile kept on
// disk from patron to patron, the browser left open between them. A kiosk
// session must end with its last tab (closed, crashed, or left for another
// site), and nothing of one patron may stay in the profile for the next.
//
// These tests start their own server (one per worker) with a long idle
// time, so only the end of the last tab can end a session here.
import { chromium, test, expect, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openApp, signUp, signOut, uniqueName } from './helpers';

const SERVER = process.env.LIBRANET_SERVER_BIN ?? path.resolve(__dirname, '../../target/debug/libranet-server');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
/** The promise: a kiosk session is over this soon after its last page went. */
const ENDS_WITHIN_MS = 30_000;
const PASSWORD = 'maple river lantern';

let server: ChildProcess | undefined;
let base = '';

test.describe.configure({ timeout: 150_000 });

test.beforeAll(async ({}, info) => {
  const port = 18_500 + info.workerIndex;
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'libranet-public-pc-'));
  server = spawn(SERVER, [
    '--bind', `127.0.0.1:${port}`, '--data-dir', data,
    '--app-dir', path.resolve(__dirname, '../../dist'), '--demo', 'true',
    '--kiosk-idle-secs', '900', '--kiosk-warning-secs', '60',
  ], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  await expect.poll(async () => (await fetch(`${base}/healthz`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill();
});

/** A Chromium profile on disk, like a library PC's. */
function newProfile(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'libranet-profile-'));
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: ARGS, baseURL: base,
    // As a real browser runs: with the back/forward cache and with hidden
    // tabs' timers slowed down (Playwright turns both off by default).
    ignoreDefaultArgs: [
      '--disable-back-forward-cache', '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows',
    ],
  });
}

/** What a kiosk session's tab holds: the cookie and the tab key. */
async function credentials(context: BrowserContext, page: Page) {
  const cookie = (await context.cookies()).find((c) => c.name === 'libranet_session');
  const key = await page.evaluate(() => sessionStorage.getItem('libranet.tab'));
  expect(cookie, 'a session cookie').toBeTruthy();
  expect(key, 'a tab key').toBeTruthy();
  return { cookie: `${cookie!.name}=${cookie!.value}`, key: JSON.parse(key!) as string };
}

/** What the server answers to those credentials, from outside the browser. */
async function sessionStatus(creds: { cookie: string; key: string }): Promise<number> {
  const reply = await fetch(`${base}/api/v1/auth/session`, {
    headers: { cookie: creds.cookie, 'x-libranet-tab': creds.key },
  });
  return reply.status;
}

/** SIGKILLs every process of the browser using `profile`, as a crash would. */
function killBrowser(profile: string) {
  let killed = 0;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1');
    } catch {
      continue;
    }
    if (cmdline.includes(`--user-data-dir=${profile}`)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
        killed += 1;
      } catch {
        // Already gone.
      }
    }
  }
  expect(killed, 'browser processes killed').toBeGreaterThan(0);
}

async function kioskPatron(context: BrowserContext, prefix: string) {
  const page = context.pages()[0] ?? (await context.newPage());
  await openApp(page, '/kiosk');
  await expect(page.getByTestId('kiosk-marked')).toBeVisible();
  const name = uniqueName(prefix);
  await signUp(page, name, PASSWORD);
  const creds = await credentials(context, page);
  expect(await sessionStatus(creds)).toBe(200);
  return { page, name, creds };
}

async function expectSignedOut(page: Page, name: string) {
  await openApp(page, '/account');
  await expect(page.getByText('Please sign in to see this page.')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(name);
  await expect(page.getByTestId('sign-out')).toHaveCount(0);
}

async function expectEndedWithin(creds: { cookie: string; key: string }, since: number) {
  await expect
    .poll(() => sessionStatus(creds), { timeout: Math.max(1_000, ENDS_WITHIN_MS - (Date.now() - since)), intervals: [500] })
    .toBe(401);
}

test('closing the last tab ends the kiosk session, and a new tab starts signed out', async () => {
  const profile = newProfile();
  const context = await launch(profile);
  const { page, name, creds } = await kioskPatron(context, 'closer');
  await page.close({ runBeforeUnload: true });
  const closedAt = Date.now();

  // At once, the browser still has the cookie, but a new tab has no key.
  const next = await context.newPage();
  await expectSignedOut(next, name);
  await expectEndedWithin(creds, closedAt);
  // And later too, now that the server ended it.
  await expectSignedOut(next, name);
  await context.close();
});

test('a killed browser leaves a session that ends by itself', async () => {
  const profile = newProfile();
  const context = await launch(profile);
  const { name, creds } = await kioskPatron(context, 'crash');
  // No pagehide, no beforeunload: the process is gone.
  killBrowser(profile);
  const killedAt = Date.now();
  await context.close().catch(() => undefined);
  await expectEndedWithin(creds, killedAt);

  const again = await launch(profile);
  const page = again.pages()[0] ?? (await again.newPage());
  await expectSignedOut(page, name);
  await again.close();
});

test('going to another site ends the kiosk session, and Back shows nothing of it', async () => {
  const profile = newProfile();
  const context = await launch(profile);
  const { page, name, creds } = await kioskPatron(context, 'away');
  // Another origin: the same server under another name.
  await page.goto(base.replace('127.0.0.1', 'localhost') + '/healthz');
  const leftAt = Date.now();
  await expectEndedWithin(creds, leftAt);
  await page.goBack();
  await expect(page.locator('main#main h1')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(name);
  await context.close();
});

test('two tabs share one kiosk session, and closing one keeps the other signed in', async () => {
  const profile = newProfile();
  const context = await launch(profile);
  const { page: first, name, creds } = await kioskPatron(context, 'twotabs');
  // A second tab while the first is open joins the session.
  const second = await context.newPage();
  await openApp(second, '/account');
  await expect(second.getByTestId('signed-in-as')).toContainText(name);

  await first.close({ runBeforeUnload: true });
  // Longer than the server waits for a page, with nobody touching anything:
  // the open tab keeps the session alive on its own.
  await second.waitForTimeout(35_000);
  expect(await sessionStatus(creds)).toBe(200);
  await openApp(second, '/account');
  await expect(second.getByTestId('signed-in-as')).toContainText(name);

  await second.close({ runBeforeUnload: true });
  const lastClosedAt = Date.now();
  await expectEndedWithin(creds, lastClosedAt);
  await context.close();
});

test('signing out in one tab signs every tab out, on the server too', async () => {
  const profile = newProfile();
  const context = await launch(profile);
  const { page: first, name, creds } = await kioskPatron(context, 'outboth');
  const second = await context.newPage();
  await openApp(second, '/account');
  await expect(second.getByTestId('signed-in-as')).toContainText(name);

  await signOut(first);
  await expect(second).toHaveURL(/\/$/);
  await expect(second.locator('body')).not.toContainText(name);
  await expect.poll(() => sessionStatus(creds)).toBe(401);
  await expect.poll(async () => (await context.cookies()).map((c) => c.name)).toEqual([]);
  expect(await second.evaluate(() => sessionStorage.getItem('libranet.tab'))).toBeNull();
  await context.close();
});

/** Rows of a table in one of Chromium's SQLite files, read by Python's sqlite3. */
function readProfileTable(profile: string, file: string, sql: string): string[][] {
  const db = path.join(profile, 'Default', file);
  if (!fs.existsSync(db)) return [];
  const copy = path.join(os.tmpdir(), `libranet-${process.pid}-${Date.now()}.db`);
  fs.copyFileSync(db, copy);
  const out = execFileSync('python3', ['-c', `
import json, sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchall()
print(json.dumps([[str(v) for v in row] for row in rows]))
`, copy, sql]).toString();
  fs.rmSync(copy);
  return JSON.parse(out);
}

/** Everything a profile keeps of what was typed into forms. */
function typedTraces(profile: string): string {
  const autofill = readProfileTable(profile, 'Web Data', 'SELECT name, value FROM autofill');
  const logins = readProfileTable(profile, 'Login Data', 'SELECT origin_url, username_value FROM logins');
  // Chromium notes here each offer to save a password, with the username.
  const offers = readProfileTable(profile, 'Login Data', 'SELECT * FROM stats');
  const raw = ['Web Data', 'Web Data-journal', 'Login Data', 'Login Data-journal']
    .map((f) => path.join(profile, 'Default', f))
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f).toString('latin1'))
    .join('\n');
  return JSON.stringify({ autofill, logins, offers }) + raw;
}

test('after sign-out, Back and the browser profile keep nothing of the patron', async () => {
  // The control: a personal browser does remember a username, so the check
  // below can see one.
  const personalProfile = newProfile();
  const personal = await launch(personalProfile);
  const own = personal.pages()[0] ?? (await personal.newPage());
  const owner = uniqueName('ownpc');
  await signUp(own, owner, PASSWORD);
  await personal.close();
  expect(typedTraces(personalProfile)).toContain(owner);

  const profile = newProfile();
  const context = await launch(profile);
  const { page, name } = await kioskPatron(context, 'nokeep');
  const form = page.getByTestId('sign-in-form');
  await signOut(page);
  // Signing in again, by typing, as a patron would.
  await openApp(page, '/sign-in');
  await expect(form.getByLabel('Username')).toHaveAttribute('autocomplete', 'off');
  await expect(form.locator('#password')).toHaveAttribute('autocomplete', 'off');
  // Not a real password field, so the browser offers to save nothing.
  await expect(form.locator('#password')).toHaveAttribute('type', 'text');
  await expect(form.locator('#password')).toHaveCSS('-webkit-text-security', 'disc');
  await form.getByLabel('Username').fill(name);
  await form.locator('#password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByTestId('signed-in-as')).toContainText(name);
  await openApp(page, '/plan');
  await signOut(page);

  for (let i = 0; i < 3; i++) {
    await page.goBack();
    await expect(page.locator('main#main h1')).toBeVisible();
    await expect(page.locator('body')).not.toContainText(name);
  }
  await context.close();
  expect(typedTraces(profile)).not.toContain(name);
});

test('sign-out keeps the public app in the HTTP cache, and no personal answer was ever stored there', async () => {
  const profile = newProfile();
  const context = await launch(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  type Seen = { url: string; status: number; cached: boolean; bytes: number; done: boolean };
  const seen = new Map<string, Seen>();
  cdp.on('Network.responseReceived', (e: any) => {
    seen.set(e.requestId, {
      url: e.response.url, status: e.response.status,
      cached: Boolean(e.response.fromDiskCache || e.response.fromMemoryCache), bytes: 0, done: false,
    });
  });
  cdp.on('Network.dataReceived', (e: any) => {
    const s = seen.get(e.requestId);
    if (s) s.bytes += e.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (e: any) => {
    const s = seen.get(e.requestId);
    if (s) {
      s.bytes = Math.max(s.bytes, e.encodedDataLength);
      s.done = true;
    }
  });
  const all = (part: string) => [...seen.values()].filter((s) => s.url.includes(part));
  const fetched = (part: string) => all(part).filter((s) => s.done);

  await openApp(page, '/kiosk');
  const name = uniqueName('cachekeep');
  await openApp(page, '/sign-up');
  await page.getByLabel('Username').fill(name);
  await page.locator('#password').fill(PASSWORD);
  await page.getByTestId('sign-up-form').getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/start$/);
  // Let the guided profile finish downloading the taxonomy before moving
  // on: a navigation mid-download leaves a cached copy whose bytes were
  // never counted here.
  const biggest = (part: string) => Math.max(0, ...fetched(part).map((s) => s.bytes));
  await expect.poll(() => biggest('/api/v1/taxonomy'), { timeout: 30_000 }).toBeGreaterThan(50_000);
  await openApp(page, '/jobs');
  await expect(page.getByTestId('job-search')).toBeVisible();
  await expect.poll(() => fetched('/api/v1/taxonomy').length).toBeGreaterThan(0);
  // The first visit downloaded both in full: the measure below can tell.
  expect(Math.max(...all('.wasm').map((s) => s.bytes))).toBeGreaterThan(100_000);
  expect(Math.max(...all('/api/v1/taxonomy').map((s) => s.bytes))).toBeGreaterThan(50_000);

  seen.clear();
  await signOut(page);
  await openApp(page, '/jobs');
  await expect(page.getByTestId('job-search')).toBeVisible();
  await expect.poll(() => fetched('/api/v1/taxonomy').length).toBeGreaterThan(0);
  for (const wasm of fetched('.wasm')) {
    expect(wasm.cached, `${wasm.url} came from the HTTP cache`).toBe(true);
  }
  expect(fetched('.wasm').length).toBeGreaterThan(0);
  // The taxonomy is only revalidated (its ETag answers 304): headers, no body.
  for (const taxonomy of fetched('/api/v1/taxonomy')) {
    expect(taxonomy.bytes, 'the taxonomy was not downloaded again').toBeLessThan(5_000);
  }
  await context.close();

  // What the HTTP cache holds: public files, and no API answer but the taxonomy.
  const cacheDir = path.join(profile, 'Default', 'Cache', 'Cache_Data');
  const keys = fs.readdirSync(cacheDir)
    .map((f) => path.join(cacheDir, f))
    .filter((f) => fs.statSync(f).isFile())
    .map((f) => fs.readFileSync(f).toString('latin1'))
    .flatMap((text) => text.match(/https?:\/\/[\x21-\x7e]+/g) ?? []);
  expect(keys.some((k) => k.includes('.wasm')), 'the scan finds cached entries').toBe(true);
  const api = [...new Set(keys.filter((k) => k.includes('/api/')).map((k) => new URL(k).pathname))];
  expect(api.filter((p) => p !== '/api/v1/taxonomy')).toEqual([]);
  expect(keys.join('\n')).not.toContain(name);
});
