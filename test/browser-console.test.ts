// The surgeon console in real headless Chromium against a real agent (simulated arm), over loopback.
// The arm is checked in the agent's own telemetry (a Node observer), never in the page under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  TelemetryTap, artifactPath, bundlePages, collectErrors, dist, launchBrowser, sleep, startTestAgent, type TelemetrySample, type TestAgent, type TestBrowser, engageFromConsole } from './helpers-browser.js';

/** The console's documented mouse gain: 0.25 mm of hand per CSS pixel (packages/console/README.md). */
const HAND_M_PER_PX = 0.25e-3;

type Vec = [number, number, number];
interface Snapshot {
  phase: string;
  sessionId: string;
  state: string | null;
  basis: { right: Vec; up: Vec; forward: Vec };
  framesPerSecond: number;
  framesMoved?: number;
  framesDroppedBackpressure?: number;
  pacer?: { ticker: string | null };
  webgl: string;
}

const snapshot = (page: Page): Promise<Snapshot> => page.evaluate(() => (window as unknown as { farhandConsole: { snapshot(): Snapshot } }).farhandConsole.snapshot());

/** Drags with the left button in small steps (a real mouse reports a few pixels per event). */
async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number, stepPx = 4, pauseMs = 8, midway?: () => Promise<void>): Promise<void> {
  const n = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / stepPx);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= n; i++) {
    await page.mouse.move(from.x + (dx * i) / n, from.y + (dy * i) / n);
    await sleep(pauseMs);
    if (midway && i === Math.floor(n / 2)) await midway();
  }
  await page.mouse.up();
}

describe('surgeon console (headless Chromium, real agent)', () => {
  let ta: TestAgent;
  let browser: TestBrowser;
  let tap: TelemetryTap;
  let page: Page;
  let errors: string[];
  let centre: { x: number; y: number };

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
    await ta?.stop();
  }, 30_000);

  it('loads with no page errors, connects with the token from its URL and takes the free control lock', async () => {
    page = await browser.context.newPage();
    errors = collectErrors(page);
    await page.goto(ta.agent.urls.console);
    await page.waitForFunction(() => {
      const s = (window as unknown as { farhandConsole?: { snapshot(): { phase: string; state: string | null } } }).farhandConsole?.snapshot();
      return s?.phase === 'open' && s.state !== null;
    }, undefined, { timeout: 15_000 });
    const snap = await snapshot(page);
    expect(snap.sessionId).toMatch(/\S/);
    // The token is gone from the address bar (screenshots, screen shares, history).
    expect(page.url()).not.toContain('token=');
    await tap.waitFor((s) => s.controller === snap.sessionId, 'the console to hold the control lock');
    await page.waitForFunction(() => document.getElementById('state-label')?.textContent === 'IDLE', undefined, { timeout: 5000 });
    expect(await page.locator('#conn').getAttribute('class')).toContain('open');
    expect(await page.locator('#control-chip').innerText()).toBe('Control: you');
    // Motion rides the WebRTC DataChannel the agent offers (browser-rtc.test.ts has the fallbacks).
    await page.waitForFunction(() => document.getElementById('chip-transport')?.dataset['transport'] === 'webrtc', undefined, { timeout: 10_000 });
    expect(await page.locator('#chip-transport').innerText()).toBe('MOTION: WEBRTC');
    // The three.js view started (software WebGL in this browser).
    expect(snap.webgl).not.toBe('none');
    expect(errors).toEqual([]);
    const box = (await page.locator('#view').boundingBox())!;
    centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, 30_000);

  it('with the dead-man held and engaged, a mouse drag moves the arm by the drag times the scale; releasing the key holds', async () => {
    await page.keyboard.down('Space');
    await sleep(100);
    await engageFromConsole(page, tap);
    const scale = tap.latest().scale;
    expect(scale).toBeCloseTo(0.2, 9);
    const { basis } = await snapshot(page);

    // On a starved machine the page can stall past the agent's 100 ms stale-link limit: the agent then
    // holds and re-anchors (correct, and what the design asks for), which makes that drag's expected
    // displacement meaningless. Such a drag is repeated; at most five tries.
    const dx = 240;
    const dy = -120; // up on screen
    let checked = false;
    for (let attempt = 1; attempt <= 5 && !checked; attempt++) {
      await tap.waitFor((s) => s.state === 'FOLLOWING', 'FOLLOWING before the drag');
      const p0 = await tap.settled('before the drag');
      const t0 = performance.now();
      await drag(page, centre, dx, dy);
      const p1 = await tap.settled('after the drag');
      const during = tap.samples.filter((s: TelemetrySample) => s.atMs >= t0);
      if (during.some((s) => s.state !== 'FOLLOWING')) continue;
      const hand: Vec = [0, 1, 2].map((i) => HAND_M_PER_PX * (dx * basis.right[i]! - dy * basis.up[i]!)) as Vec;
      const expected: Vec = hand.map((v) => v * scale) as Vec;
      const moved: Vec = [p1[0] - p0[0], p1[1] - p0[1], p1[2] - p0[2]];
      const err = dist(moved, expected);
      const size = Math.hypot(...expected);
      expect(size).toBeCloseTo(Math.hypot(dx, dy) * HAND_M_PER_PX * scale, 9); // 13.4 mm
      // Within 3 % of the expected 13.4 mm (tremor filter and limiters leave no steady-state error).
      expect(err, `moved ${moved.map((v) => (v * 1000).toFixed(3)).join(', ')} mm, expected ${expected.map((v) => (v * 1000).toFixed(3)).join(', ')} mm`).toBeLessThan(0.03 * size);
      checked = true;
      // The drag's frames came over the DataChannel.
      expect(tap.latest().motionTransport).toBe('WEBRTC_DATACHANNEL');
      const fps = (await snapshot(page)).framesPerSecond;
      process.stdout.write(
        `console drag: ${dx},${dy} px -> expected ${(size * 1000).toFixed(3)} mm of tool, error ${(err * 1000).toFixed(3)} mm (${((err / size) * 100).toFixed(2)} %); ` +
          `frames sent ${fps}/s, agent received ${tap.latest().link?.frame_rate_hz ?? NaN} Hz; try ${attempt}\n`,
      );
    }
    expect(checked, 'no drag ran without a stale-link hold in five tries').toBe(true);

    // Releasing the dead-man mid-drag: the arm comes to a hold and ignores the rest of the drag. As above,
    // a try in which a page stall put the arm on hold before the release is repeated.
    let pHold: Vec = [NaN, NaN, NaN];
    let released = false;
    for (let attempt = 1; attempt <= 5 && !released; attempt++) {
      await page.keyboard.down('Space');
      await tap.waitFor((s) => s.state === 'FOLLOWING', 'FOLLOWING before the release');
      const t0 = performance.now();
      let atRelease: Vec = [NaN, NaN, NaN];
      let tRelease = Infinity;
      await drag(page, centre, -200, 0, 4, 8, async () => {
        tRelease = performance.now();
        atRelease = tap.latest().position;
        await page.keyboard.up('Space');
      });
      const before = tap.samples.filter((s) => s.atMs >= t0 && s.atMs < tRelease);
      if (before.some((s) => s.state !== 'FOLLOWING')) continue;
      const held = await tap.waitFor((s) => s.state === 'HOLDING', 'HOLDING after releasing the dead-man');
      expect(held.reason).toBe('OPERATOR_ABSENT');
      pHold = await tap.settled('the hold');
      // It decelerated from where it was (a few mm at most at these speeds), not along the rest of the
      // drag (25 mm of hand, 5 mm of tool).
      expect(dist(pHold, atRelease)).toBeLessThan(0.003);
      released = true;
    }
    expect(released, 'no release ran without a stale-link hold in five tries').toBe(true);
    await drag(page, centre, 0, 200);
    await sleep(300);
    expect(dist(tap.latest().position, pHold)).toBeLessThan(2e-5);
    expect(tap.latest().state).toBe('HOLDING');
    await page.waitForFunction(() => document.getElementById('state-label')?.textContent === 'HOLDING', undefined, { timeout: 5000 });
    expect(await page.locator('#state-reason').innerText()).toMatch(/not present/);
    expect(await page.locator('#chip-present').innerText()).toBe('HAND OFF');
    expect(errors).toEqual([]);
  }, 60_000);

  it('sends at the steady rate (>= 100 Hz as the agent measures it) through a drag slower than that, with no jump refused', async () => {
    await page.keyboard.down('Space');
    await engageFromConsole(page, tap, { what: 'FOLLOWING before the rate drag' });
    // As in the drag test above, a try during which this loaded machine starved the page into a
    // stale-link hold is repeated (at most three tries): the rate is the page's, the starvation is not.
    let measured = false;
    for (let attempt = 1; attempt <= 3 && !measured; attempt++) {
      await tap.waitFor((s) => s.state === 'FOLLOWING', 'FOLLOWING before the rate drag');
      const jumpsBefore = tap.events.filter((e) => e.code === 'MASTER_JUMP').length;
      const before = await snapshot(page);
      const t0 = performance.now();
      // ~44 pointer events a second at best (4 px, then 8 ms and a CDP round trip): slower than the pacer.
      await drag(page, centre, 300, 0);
      const tMid = performance.now();
      await drag(page, { x: centre.x + 300, y: centre.y }, -300, 0);
      const t1 = performance.now();
      const after = await snapshot(page);
      const all = tap.samples.filter((s) => s.atMs >= t0 && s.atMs <= t1);
      if (all.some((s) => s.state !== 'FOLLOWING')) continue;
      // The agent's frame rate is over its last second: read it from 1.1 s into the drag to its end.
      const rates = all.filter((s) => s.atMs >= t0 + 1100).map((s) => s.link?.frame_rate_hz ?? NaN).sort((a, b) => a - b);
      expect(rates.length).toBeGreaterThan(50);
      const median = rates[Math.floor(rates.length / 2)]!;
      const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
      const pointerHz = ((after.framesMoved ?? 0) - (before.framesMoved ?? 0)) / ((t1 - t0) / 1000);
      process.stdout.write(
        `console drag rate: agent frame_rate_hz median ${median.toFixed(1)}, mean ${mean.toFixed(1)}, min ${rates[0]!.toFixed(1)} Hz over ${((t1 - t0) / 1000).toFixed(2)} s ` +
          `(${rates.length} telemetry samples); frames carrying a new pose ${pointerHz.toFixed(1)} /s (the pointer's own rate); drag halves ` +
          `${((tMid - t0) / 1000).toFixed(2)} s + ${((t1 - tMid) / 1000).toFixed(2)} s; dropped for socket backpressure ${(after.framesDroppedBackpressure ?? 0) - (before.framesDroppedBackpressure ?? 0)}; try ${attempt}\n`,
      );
      // The pointer delivered far fewer than 100 new poses a second; the agent still got >= 100 frames a second.
      expect(pointerHz).toBeLessThan(100);
      expect(median).toBeGreaterThanOrEqual(100);
      expect(mean).toBeGreaterThanOrEqual(100);
      expect(tap.events.filter((e) => e.code === 'MASTER_JUMP').length).toBe(jumpsBefore);
      measured = true;
    }
    expect(measured, 'no drag ran without a stale-link hold in three tries').toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);

  it('a hidden page drops the dead-man (the arm holds: OPERATOR_ABSENT) and keeps the link alive at the steady rate', async () => {
    await page.keyboard.down('Space');
    await tap.waitFor((s) => s.state === 'FOLLOWING', 'FOLLOWING before hiding the page');
    // What the browser does when the tab goes to the background or the window is minimised.
    const setVisibility = (state: 'hidden' | 'visible'): Promise<void> =>
      page.evaluate((st) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => st });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => st === 'hidden' });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    const held = await tap.waitFor((s) => s.state === 'HOLDING', 'HOLDING after the page was hidden');
    expect(held.reason).toBe('OPERATOR_ABSENT');
    const tHidden = performance.now();
    await sleep(1300);
    const rates = tap.samples.filter((s) => s.atMs >= tHidden + 1100).map((s) => s.link?.frame_rate_hz ?? NaN);
    expect(Math.min(...rates)).toBeGreaterThanOrEqual(100);
    expect(tap.latest().state).toBe('HOLDING');
    expect((await snapshot(page)).pacer?.ticker).toBe('worker');
    await setVisibility('visible');
    await page.keyboard.up('Space');
    expect(errors).toEqual([]);
  }, 30_000);

  it('writes a screenshot of the console', async () => {
    // Engaged again and mid-motion, so the picture shows the arm following, the ghost and a live HUD.
    await page.keyboard.down('Space');
    await engageFromConsole(page, tap, { what: 'FOLLOWING for the screenshot' });
    await drag(page, centre, 120, 60);
    await sleep(400);
    await page.screenshot({ path: artifactPath('console.png') });
    await page.keyboard.up('Space');
    expect(errors).toEqual([]);
  }, 30_000);
});
