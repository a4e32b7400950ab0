// The bedside monitor in real headless Chromium, beside a surgeon console that reaches the same real
// agent over an impaired link (the project's own link proxy: 120 ms each way plus jitter, a long
// intercontinental link), so the link figures are not loopback zeros and the predictive ghost leads the arm. Checks that the monitor shows the figures the agent publishes on
// /metrics, that its e-stop stops the surgeon's motion, and that the console says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  TelemetryTap, artifactPath, bundlePages, collectErrors, dist, launchBrowser, metric, sleep, startLinkProxy, startTestAgent, type TestAgent, type TestBrowser,
} from './helpers-browser.js';

interface MonitorSnapshot {
  phase: string;
  state: string | null;
  controller: string | null;
  figures: Record<'rtt' | 'oneway' | 'playout' | 'jitter' | 'loss' | 'rate', number>;
  alarms: Array<{ severity: string; code: string; acknowledged: boolean }>;
  sound: string;
  recording: boolean | null;
}

const monitorSnapshot = (page: Page): Promise<MonitorSnapshot> =>
  page.evaluate(() => (window as unknown as { farhandMonitor: { snapshot(): MonitorSnapshot } }).farhandMonitor.snapshot());

/** Parses what a tile shows ("83 ms", "4.2 ms", "0.0 %", "125 Hz") back to SI. */
function parseShown(text: string): number {
  const m = /^(-?[\d.]+)\s*(ms|%|Hz)$/.exec(text.trim());
  if (!m) return NaN;
  const v = Number(m[1]);
  return m[2] === 'ms' ? v / 1000 : m[2] === '%' ? v / 100 : v;
}

describe('bedside monitor (headless Chromium, real agent, 120 ms link to the console)', () => {
  let ta: TestAgent;
  let browser: TestBrowser;
  /** The bedside is another machine: its own browser, so neither page is a background tab of the other. */
  let bedside: TestBrowser;
  let tap: TelemetryTap;
  let proxy: { base: string; close(): Promise<void> };
  let consolePage: Page;
  let monitor: Page;
  const errors: string[] = [];
  let moving = true;
  let motion: Promise<void> = Promise.resolve();

  beforeAll(async () => {
    await bundlePages();
    ta = await startTestAgent();
    proxy = await startLinkProxy(ta.agent, { delay: '120ms', jitter: '6ms' });
    tap = new TelemetryTap(ta.agent.urls.ws, ta.agent.tokens.observer);
    await tap.open();
    browser = await launchBrowser();
    bedside = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    moving = false;
    await motion.catch(() => undefined);
    tap?.close();
    await browser?.close();
    await bedside?.close();
    await proxy?.close();
    await ta?.stop();
  }, 30_000);

  it('shows live link figures that match the agent\'s /metrics', async () => {
    // The surgeon: console through the 120 ms link, engaged, hand moving in loops.
    consolePage = await browser.context.newPage();
    errors.push(...collectErrors(consolePage));
    // Motion on the WebSocket: the proxy impairs WebSocket messages, and a DataChannel would go around it.
    await consolePage.goto(`${proxy.base}/console?transport=websocket&token=${ta.agent.tokens.surgeon}`);
    await consolePage.waitForFunction(() => (window as unknown as { farhandConsole?: { snapshot(): { state: string | null } } }).farhandConsole?.snapshot().state != null, undefined, { timeout: 15_000 });
    await tap.waitFor((s) => s.controller !== '', 'the console to take control');
    await consolePage.keyboard.down('Space');
    await sleep(300);
    await consolePage.keyboard.press('KeyE');
    await tap.waitFor((s) => s.state === 'FOLLOWING', 'FOLLOWING').catch(async (e: Error) => {
      throw new Error(`${e.message}; console says: ${await consolePage.locator('#ack').innerText()}`);
    });
    // The hand moves with the keyboard's rate control (polled every 4 ms, so frames go at the 125 Hz
    // cadence): right, up, left, down, in turn, about 20 mm of hand (4 mm of tool) each.
    motion = (async () => {
      const keys = ['KeyD', 'KeyQ', 'KeyA', 'KeyZ'];
      for (let k = 0; moving; k++) {
        const key = keys[k % keys.length]!;
        await consolePage.keyboard.down(key).catch(() => undefined);
        await sleep(400);
        await consolePage.keyboard.up(key).catch(() => undefined);
      }
    })();

    // The bedside: the monitor, straight to the agent.
    monitor = await bedside.context.newPage();
    errors.push(...collectErrors(monitor));
    await monitor.goto(ta.agent.urls.monitor);
    await monitor.waitForFunction(() => (window as unknown as { farhandMonitor?: { snapshot(): { state: string | null } } }).farhandMonitor?.snapshot().state === 'FOLLOWING', undefined, { timeout: 15_000 });
    expect(monitor.url()).not.toContain('token=');
    // Let the link figures settle and the charts fill.
    await sleep(6000);

    // What the tiles show vs what /metrics says, read back to back. Figures move with the link, so a
    // reading is repeated (up to 5 times) until one pair agrees; what must hold is that they can agree.
    const tol = { rtt: 0.005, oneway: 0.005, playout: 0.005, jitter: 0.003, loss: 0.005, rate: 12 };
    const metricName = { rtt: 'rtt_seconds', oneway: 'one_way_delay_seconds', playout: 'playout_delay_seconds', jitter: 'jitter_seconds', loss: 'loss_ratio', rate: 'frame_rate_hertz' };
    let last = '';
    let agreed = false;
    for (let attempt = 0; attempt < 10 && !agreed; attempt++) {
      // /metrics, all six tiles in one read (one instant), /metrics again: on a loaded machine a figure
      // (the frame rate above all) can move a lot between two reads, so the tile must lie within the
      // display's rounding of the two readings that bracket it.
      const before = await (await fetch(ta.agent.urls.metrics)).text();
      const texts = await monitor.evaluate(() =>
        Object.fromEntries(Array.from(document.querySelectorAll<HTMLElement>('.tile')).map((t) => [t.dataset['fig'], t.querySelector('.tile-v')?.textContent ?? ''])),
      );
      const text = await (await fetch(ta.agent.urls.metrics)).text();
      const diffs = Object.entries(tol).map(([fig, t]) => {
        const shown = parseShown(texts[fig] ?? '');
        const name = `farhand_link_${metricName[fig as keyof typeof metricName]}`;
        const m = metric(text, name, {});
        const m0 = metric(before, name, {});
        const slack = Math.max(t, 0.1 * Math.max(Math.abs(m), Math.abs(m0)));
        const ok = Number.isFinite(shown) && shown >= Math.min(m, m0) - slack && shown <= Math.max(m, m0) + slack;
        return { fig, shown, metric: m, ok };
      });
      last = diffs.map((d) => `${d.fig} shown ${d.shown} vs /metrics ${d.metric.toPrecision(4)}`).join('; ');
      agreed = diffs.every((d) => d.ok);
      if (!agreed) await sleep(300);
    }
    expect(agreed, last).toBe(true);
    process.stdout.write(`monitor vs /metrics: ${last}\n`);
    const codes = tap.events.map((e) => e.code);
    process.stdout.write(`agent events so far: ${tap.events.map((e) => `${e.code} (${e.message})`).join('; ')}\n`);
    // The console's capture times keep real hand speeds: no frame was refused as a jump.
    const jumps = tap.events.filter((e) => e.code === 'MASTER_JUMP');
    if (jumps.length > 0) {
      const frames = await consolePage.evaluate(() => (window as unknown as { farhandConsole: { recentFrames(): Array<{ seq: number; captureNs: number; sentMs: number; position: number[]; orientation: number[] }> } }).farhandConsole.recentFrames());
      for (const j of jumps) {
        const seq = Number(/seq (\d+)/.exec(j.message)?.[1]);
        const i = frames.findIndex((f) => f.seq === seq);
        const around = frames.slice(Math.max(0, i - 3), i + 2).map((f) => `#${f.seq} c=${(f.captureNs / 1e6).toFixed(2)} s=${f.sentMs.toFixed(2)} p=${f.position.map((v) => (v * 1000).toFixed(2))} q=${f.orientation.map((v) => v.toFixed(4))}`);
        process.stdout.write(`jump at seq ${seq}:\n  ${around.join('\n  ')}\n`);
      }
    }
    expect(codes.filter((c) => c === 'MASTER_JUMP' || c === 'MASTER_RESYNC')).toEqual([]);
    // The 120 ms link is visible where it should be: RTT at least 240 ms, one-way delay at least 120 ms
    // (the core reports the worst capture-to-arrival delay of the last seconds, so a stall of this busy
    // page adds to it).
    const snap = await monitorSnapshot(monitor);
    expect(snap.figures.oneway).toBeGreaterThan(0.115);
    expect(snap.figures.rtt).toBeGreaterThan(0.235);
    expect(snap.controller).toMatch(/\S/);
    expect(await monitor.locator('#controller').innerText()).toBe('Surgeon console');
    // (FOLLOWING, or back to it within a moment if a stall of this loaded machine caused a stale-link hold.)
    await monitor.waitForFunction(() => document.getElementById('state')?.textContent === 'FOLLOWING', undefined, { timeout: 5000 });
    expect(snap.recording).toBe(true);
    expect(await monitor.locator('#rec').innerText()).toMatch(/^REC \d/);
    expect(await monitor.locator('.timeline .seg').count()).toBeGreaterThan(0);
    // Sound is blocked without a user gesture in a headless browser: reported, not thrown.
    expect(['blocked', 'on', 'unavailable']).toContain(snap.sound);

    // The console first: a full-page monitor capture is heavy for this machine's software renderer.
    await sleep(1500);
    await consolePage.screenshot({ path: artifactPath('console-impaired-link.png') });
    await monitor.screenshot({ path: artifactPath('monitor.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 90_000);

  it("its e-stop stops the surgeon's motion, and the console shows why", async () => {
    // (A stall of this loaded machine may have put the arm on a stale-link hold; it resumes by itself.)
    await tap.waitFor((s) => s.state === 'FOLLOWING', 'FOLLOWING before the e-stop');
    await monitor.locator('#estop').click();
    const stopped = await tap.waitFor((s) => s.state === 'ESTOPPED', 'ESTOPPED after the monitor e-stop');
    expect(stopped.reason).toBe('ESTOP');
    // The hand keeps moving on the console; the arm does not follow it any more.
    const pStop = await tap.settled('the e-stop hold', 2e-5, 300, 8000);
    await sleep(1000);
    expect(dist(tap.latest().position, pStop)).toBeLessThan(2e-5);
    expect(tap.latest().state).toBe('ESTOPPED');

    // The console says so, in words, where the surgeon looks.
    await consolePage.waitForFunction(() => document.getElementById('state-label')?.textContent === 'E-STOPPED', undefined, { timeout: 5000 });
    expect(await consolePage.locator('#state-reason').innerText()).toMatch(/Emergency stop/);
    const notice = consolePage.locator('#notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(/E-STOPPED: Emergency stop.*Press R to reset/);
    expect(await consolePage.locator('#events li.sev-CRITICAL').first().innerText()).toMatch(/ESTOP/);

    // The monitor lists the e-stop as an unacknowledged critical alarm, then acknowledges it.
    await monitor.waitForFunction(
      () => (window as unknown as { farhandMonitor: { snapshot(): { alarms: Array<{ code: string; acknowledged: boolean }> } } }).farhandMonitor.snapshot().alarms.some((a) => a.code === 'ESTOP' && !a.acknowledged),
      undefined,
      { timeout: 5000 },
    );
    expect(await monitor.locator('#state').innerText()).toBe('E-STOPPED');
    await sleep(600);
    await monitor.screenshot({ path: artifactPath('monitor-estop.png'), fullPage: true });
    await consolePage.screenshot({ path: artifactPath('console-estop.png') });
    await monitor.locator('#alarms li.unacked.sev-CRITICAL button').first().click();
    const after = await monitorSnapshot(monitor);
    expect(after.alarms.find((a) => a.code === 'ESTOP')?.acknowledged).toBe(true);
    moving = false;
    await motion;
    expect(errors).toEqual([]);
  }, 60_000);
});
