// The loop beside a browser: headless Chromium pages (the console and the monitor, WebGL on the CPU)
// open against the agent on the same machine while the loop is measured. Used by e2e.bench.mjs (the
// browser window of its table).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.FARHAND_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
];

/**
 * Opens `pages` pages (alternately the console and the monitor URL) in one headless Chromium and keeps
 * them open `seconds`. Returns what happened to them (the loop figures are the caller's: it reads them
 * from the agent's recording and /healthz over the same window).
 */
export async function withBrowserPages({ consoleUrl, monitorUrl, pages = 4, seconds = 15, onOpen }) {
  const profile = mkdtempSync(join(tmpdir(), 'farhand-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1280, height: 800 }, args: ARGS });
  const errors = [];
  try {
    const opened = [];
    for (let i = 0; i < pages; i++) {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(i % 2 === 0 ? consoleUrl : monitorUrl, { waitUntil: 'load' });
      opened.push(page);
    }
    await onOpen?.();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    return { pages: opened.length, errors };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
