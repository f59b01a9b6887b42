// Times the solver compiled to wasm32-unknown-unknown inside headless
// Debian Chromium, launched as the browser tests launch it.
//
// Usage: node bench/wasm.mjs WASM_FILE REPEATS COSTS_FILE:MENTEES:MENTORS:CAPACITY...
// Prints one JSON object: {browser, results}, results holding {best_ms, total}
// per cohort, in order.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// playwright-core lives with the browser tests, in tests/node_modules.
const require = createRequire(new URL('../tests/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [wasmFile, repeatsArg, ...caseArgs] = process.argv.slice(2);
if (!wasmFile || !repeatsArg || caseArgs.length === 0) {
  console.error('usage: node bench/wasm.mjs WASM_FILE REPEATS COSTS_FILE:MENTEES:MENTORS:CAPACITY...');
  process.exit(2);
}
const repeats = Math.max(1, Number(repeatsArg));
const cases = caseArgs.map((arg) => {
  const [file, mentees, mentors, capacity] = arg.split(':');
  return {
    costs: readFileSync(file).toString('base64'),
    mentees: Number(mentees),
    mentors: Number(mentors),
    capacity: Number(capacity),
  };
});

const browser = await chromium.launch({
  headless: true,
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // The same flags as tests/playwright.config.ts.
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  const results = await page.evaluate(
    async ({ wasm, cases, repeats }) => {
      const bytes = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const { instance } = await WebAssembly.instantiate(bytes(wasm));
      const { memory, alloc, solve } = instance.exports;
      const out = [];
      for (const c of cases) {
        const count = c.mentees * c.mentors;
        const costs = new Int32Array(bytes(c.costs).buffer);
        if (costs.length !== count) throw new Error(`expected ${count} costs, got ${costs.length}`);
        const ptr = alloc(count);
        // Wasm memory is little-endian like the file; view it after alloc,
        // which may have grown (and so replaced) the buffer.
        new Int32Array(memory.buffer, ptr, count).set(costs);
        let best = Infinity;
        let total = null;
        for (let r = 0; r < repeats; r++) {
          const started = performance.now();
          const t = Number(solve(ptr, c.mentees, c.mentors, c.capacity));
          best = Math.min(best, performance.now() - started);
          if (total !== null && t !== total) throw new Error('different totals on the same costs');
          total = t;
        }
        out.push({ best_ms: best, total });
      }
      return out;
    },
    { wasm: readFileSync(wasmFile).toString('base64'), cases, repeats },
  );
  console.log(JSON.stringify({ browser: `Chromium ${browser.version()}`, results }));
} finally {
  await browser.close();
}
