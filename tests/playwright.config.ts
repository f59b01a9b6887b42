// Browser tests: Debian's Chromium (never a downloaded browser) against the
// release build of the app, served by the real server on a fresh SQLite
// database with demo data. Kiosk timeouts are shortened so the idle
// sign-out can be watched in seconds.
import { defineConfig } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const port = Number(process.env.LIBRANET_E2E_PORT ?? 18437);
const server = process.env.LIBRANET_SERVER_BIN ?? path.resolve(__dirname, '../target/debug/libranet-server');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'libranet-e2e-'));

export const KIOSK_IDLE_SECS = 10;
export const KIOSK_WARNING_SECS = 6;

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: [
      server,
      `--bind 127.0.0.1:${port}`,
      `--data-dir ${dataDir}`,
      `--app-dir ${path.resolve(__dirname, '../dist')}`,
      '--demo true',
      `--kiosk-idle-secs ${KIOSK_IDLE_SECS}`,
      `--kiosk-warning-secs ${KIOSK_WARNING_SECS}`,
      // Every test signs in from 127.0.0.1; the budget per address is
      // tested on the server, not here.
      '--auth-budget 10000',
    ].join(' '),
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
