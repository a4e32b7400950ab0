// The surgeon console after a dropped link: it reconnects with back-off and never engages by itself,
// even with the dead-man still held. The link runs through the project's proxy, which is closed (the
// drop) and started again on the same port (the link comes back). Also: a page opened without a token,
// or with a wrong one, says so and does not keep knocking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TelemetryTap, artifactPath, bundlePages, collectErrors, launchBrowser, sleep, startLinkProxy, startTestAgent, type TestAgent, type TestBrowser, engageFromConsole } from './helpers-browser.js';

interface Snap {
  phase: string;
  sessionId: string;
  state: string | null;
}
const snapshot = (page: Page): Promise<Snap> => page.evaluate(() => (window as unknown as { farhandConsole: { snapshot(): Snap } }).farhandConsole.snapshot());

describe('surgeon console across a dropped link (headless Chromium, real agent)', () => {
  let ta: TestAgent;
  let browser: TestBrowser;
  let tap: TelemetryTap;
  let proxy: { base: string; port: number; close(): Promise<void> } | null = null;

  beforeAll(async () => {
    await bundlePages();
    ta = await startTestAgent();
    tap = new TelemetryTap(ta.agent.urls.ws, ta.agent.tokens.observer);
    await tap.open();
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    tap?.close();
    await browser?.close();
    await proxy?.close();
    await ta?.stop();
  }, 30_000);

  it('without a token or with a wrong one, says what to do and does not retry', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${ta.agent.urls.base}/console`);
    await page.waitForFunction(() => !document.getElementById('notice')?.hidden, undefined, { timeout: 10_000 });
    expect(await page.locator('#notice').innerText()).toMatch(/No access token: open the console with the URL the agent printed/);
    expect(await page.locator('#conn').getAttribute('class')).toContain('rejected');

    await page.goto(`${ta.agent.urls.base}/console?token=not-the-right-token-0123456789`);
    await page.waitForFunction(() => (window as unknown as { farhandConsole?: { snapshot(): Snap } }).farhandConsole?.snapshot().phase === 'rejected', undefined, { timeout: 10_000 });
    await sleep(1500);
    expect((await snapshot(page)).phase).toBe('rejected');
    const notice = await page.locator('#notice').innerText();
    expect(notice).toMatch(/^The agent refused this console: .+\(BAD_TOKEN\)$/);
    process.stdout.write(`wrong token: ${notice}\n`);
    expect(errors.filter((e) => !/WebSocket|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  }, 30_000);

  it('reconnects with back-off, takes the free lock again, and does not engage until a person does', async () => {
    proxy = await startLinkProxy(ta.agent, {});
    const port = proxy.port;
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${proxy.base}/console?token=${ta.agent.tokens.surgeon}`);
    await page.waitForFunction(() => (window as unknown as { farhandConsole?: { snapshot(): Snap } }).farhandConsole?.snapshot().state != null, undefined, { timeout: 15_000 });
    const first = await snapshot(page);
    await tap.waitFor((s) => s.controller === first.sessionId, 'the console to take control');
    await page.keyboard.down('Space');
    await sleep(200);
    await engageFromConsole(page, tap, { what: 'FOLLOWING' });

    // The drop. The arm stops following (the agent sees its controller gone); the console says so.
    await proxy.close();
    proxy = null;
    const dropped = await tap.waitFor((s) => s.state !== 'FOLLOWING', 'the arm to stop following after the drop');
    process.stdout.write(`after the drop the agent is ${dropped.state} (${dropped.reason})\n`);
    await page.waitForFunction(() => (window as unknown as { farhandConsole: { snapshot(): Snap } }).farhandConsole.snapshot().phase === 'retrying', undefined, { timeout: 5000 });
    await page.waitForFunction(() => !document.getElementById('notice')?.hidden, undefined, { timeout: 5000 });
    expect(await page.locator('#notice').innerText()).toMatch(/Link to the agent lost: reconnecting/);
    expect(await page.locator('#state-label').innerText()).toBe('NO LINK');
    await sleep(1200); // a few failed attempts, with back-off
    await page.screenshot({ path: artifactPath('console-link-lost.png') });

    // The link comes back on the same address; the console finds it by itself.
    proxy = await startLinkProxy(ta.agent, {}, port);
    const backAt = performance.now();
    await page.waitForFunction(() => (window as unknown as { farhandConsole: { snapshot(): Snap } }).farhandConsole.snapshot().phase === 'open', undefined, { timeout: 15_000 });
    const second = await snapshot(page);
    expect(second.sessionId).not.toBe(first.sessionId);
    // Nobody held the lock, so it asked for it again: that is all it did.
    await tap.waitFor((s) => s.controller === second.sessionId, 'the reconnected console to take control');
    // The dead-man is still held, yet for 2 s nothing engages.
    await sleep(2000);
    const since = tap.samples.filter((s) => s.atMs >= backAt);
    expect(since.length).toBeGreaterThan(50);
    expect(since.filter((s) => s.state === 'FOLLOWING' || s.state === 'ENGAGING')).toEqual([]);
    expect(await page.locator('#chip-present').innerText()).toBe('HAND ON');
    expect(await page.locator('#state-label').innerText()).not.toBe('FOLLOWING');

    // A person engages: it follows again.
    await engageFromConsole(page, tap, { what: 'FOLLOWING after a fresh engage' });
    await page.keyboard.up('Space');
    expect(errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
  }, 60_000);
});
