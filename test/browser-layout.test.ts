// The console and the bedside monitor on real screen sizes (1024x768, 1280x800, 1920x1080), in the
// worst moment for layout: an e-stop latched (CRITICAL alarm waiting for acknowledgement, the notice over
// the view, long state sentences) after a stale-link hold that resolved by itself. For each size: a
// screenshot of each page in test-artifacts/, and the key elements (header, state banner and its
// sentence, E-STOP, the newest alarm and its Acknowledge button, the link figures) are inside the
// viewport and do not overlap one another (bounding boxes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TelemetryTap, artifactPath, bundlePages, collectErrors, launchBrowser, sleep, startTestAgent, type TestAgent, type TestBrowser } from './helpers-browser.js';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

const FIGS = ['rtt', 'oneway', 'playout', 'total', 'jitter', 'loss', 'rate', 'refused'];

/** Elements that must be fully inside the viewport and not overlap each other (nesting aside). */
const CONSOLE_KEYS = [
  '.topbar', '#estop', '#conn', '#control-chip', '#state-banner', '#state-label', '#state-reason',
  '#chip-present', '#chip-clutch', '#chip-grip', '#chip-ghost', '#notice', '#tip', '#view-legend',
  ...FIGS.map((f) => `.fig[data-fig="${f}"]`), ...FIGS.map((f) => `.fig[data-fig="${f}"] dt`), '#delay-parts', '#events li:first-child', '#btn-engage', '#btn-reset',
];
const MONITOR_KEYS = [
  '.topbar', '#estop', '#conn', '#rec', '#sound', '#state-block', '#state', '#state-reason', '#arm-block', '#arm', '#controller',
  ...FIGS.map((f) => `.tile[data-fig="${f}"] .tile-head`), ...FIGS.map((f) => `.tile[data-fig="${f}"] .tile-name`), '#alarms li:first-child', '#alarms li:first-child button', '#ack-all',
];

interface Box { sel: string; x: number; y: number; w: number; h: number; inView: boolean; missing: boolean; text: string }

/** Bounding boxes of the selectors, which are inside the viewport, and which pairs overlap. */
async function layout(page: Page, selectors: string[]): Promise<{ boxes: Box[]; overlaps: string[] }> {
  return page.evaluate((sels) => {
    const W = window.innerWidth;
    const H = window.innerHeight;
    const els = sels.map((s) => document.querySelector<HTMLElement>(s));
    const boxes = sels.map((sel, i) => {
      const el = els[i];
      if (!el || el.offsetParent === null) return { sel, x: 0, y: 0, w: 0, h: 0, inView: false, missing: true, text: '' };
      const r = el.getBoundingClientRect();
      const inView = r.width > 0 && r.height > 0 && r.left >= -0.5 && r.top >= -0.5 && r.right <= W + 0.5 && r.bottom <= H + 0.5;
      // Clipped by a scrolling ancestor counts as not visible.
      let clipped = false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const st = getComputedStyle(p);
        if (st.overflowY === 'visible' && st.overflowX === 'visible') continue;
        const pr = p.getBoundingClientRect();
        if (r.top < pr.top - 0.5 || r.bottom > pr.bottom + 0.5 || r.left < pr.left - 0.5 || r.right > pr.right + 0.5) clipped = true;
      }
      // Text cut short by an ellipsis or clipped in its own box.
      const cut = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && getComputedStyle(el).textOverflow === 'ellipsis';
      return { sel, x: r.left, y: r.top, w: r.width, h: r.height, inView: inView && !clipped && !cut, missing: false, text: (el.innerText || '').slice(0, 60) };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < els.length; i++) {
      for (let j = i + 1; j < els.length; j++) {
        const a = els[i];
        const b = els[j];
        if (!a || !b || a.contains(b) || b.contains(a)) continue;
        const A = boxes[i]!;
        const B = boxes[j]!;
        if (A.missing || B.missing) continue;
        const ox = Math.min(A.x + A.w, B.x + B.w) - Math.max(A.x, B.x);
        const oy = Math.min(A.y + A.h, B.y + B.h) - Math.max(A.y, B.y);
        if (ox > 0.5 && oy > 0.5) overlaps.push(`${A.sel} overlaps ${B.sel} by ${ox.toFixed(0)}x${oy.toFixed(0)} px`);
      }
    }
    return { boxes, overlaps };
  }, selectors);
}

function problems(l: { boxes: Box[]; overlaps: string[] }): string[] {
  return [
    ...l.boxes.filter((b) => b.missing).map((b) => `${b.sel} is not shown`),
    ...l.boxes.filter((b) => !b.missing && !b.inView).map((b) => `${b.sel} is not fully visible (${b.x.toFixed(0)},${b.y.toFixed(0)} ${b.w.toFixed(0)}x${b.h.toFixed(0)})`),
    ...l.overlaps,
  ];
}

interface MonitorSnap {
  state: string | null;
  alarms: Array<{ code: string; acknowledged: boolean; why: string }>;
  groups: Array<{ code: string; count: number; selfResolved: number; heldS: number }>;
  holds: Array<{ code: string }>;
}
const monitorSnap = (page: Page): Promise<MonitorSnap> => page.evaluate(() => (window as unknown as { farhandMonitor: { snapshot(): MonitorSnap } }).farhandMonitor.snapshot());

describe('console and monitor on real screen sizes (headless Chromium, real agent)', () => {
  let ta: TestAgent;
  let browser: TestBrowser;
  let bedside: TestBrowser;
  let tap: TelemetryTap;
  let consolePage: Page;
  let monitor: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    await bundlePages();
    ta = await startTestAgent();
    tap = new TelemetryTap(ta.agent.urls.ws, ta.agent.tokens.observer);
    await tap.open();
    browser = await launchBrowser();
    bedside = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    tap?.close();
    await browser?.close();
    await bedside?.close();
    await ta?.stop();
  }, 30_000);

  it('a stale-link hold that resumed by itself is information on the monitor, not an alarm to acknowledge', async () => {
    consolePage = await browser.context.newPage();
    errors.push(...collectErrors(consolePage));
    await consolePage.setViewportSize(SIZES[0]);
    await consolePage.goto(ta.agent.urls.console);
    await tap.waitFor((s) => s.controller !== '', 'the console to take control', 15_000);
    monitor = await bedside.context.newPage();
    errors.push(...collectErrors(monitor));
    await monitor.setViewportSize(SIZES[0]);
    await monitor.goto(ta.agent.urls.monitor);
    await monitor.waitForFunction(() => (window as unknown as { farhandMonitor?: { snapshot(): { state: string | null } } }).farhandMonitor?.snapshot().state != null, undefined, { timeout: 15_000 });

    await consolePage.keyboard.down('Space');
    await sleep(200);
    // On a starved machine an engage can be refused (e.g. LINK_TOO_SLOW while the page catches up): again.
    let engaged = false;
    for (let attempt = 0; attempt < 3 && !engaged; attempt++) {
      await consolePage.keyboard.press('KeyE');
      engaged = (await tap.waitFor((s) => s.state === 'FOLLOWING', 'FOLLOWING', 6000).catch(() => null)) !== null;
    }
    expect(engaged, `not FOLLOWING after three engages; console says: ${await consolePage.locator('#ack').innerText()}`).toBe(true);
    // The console's page stalls for 400 ms (no frame leaves): the agent holds for a stale link, then
    // resumes by itself once frames flow again (the dead-man is still held).
    let resumed = false;
    for (let attempt = 0; attempt < 3 && !resumed; attempt++) {
      await tap.waitFor((s) => s.state === 'FOLLOWING', 'FOLLOWING before the stall');
      await consolePage.evaluate(() => {
        const until = performance.now() + 400;
        while (performance.now() < until) {
          // busy: the page's main thread is blocked, as by a long task
        }
      });
      const held = await tap.waitFor((s) => s.state === 'HOLDING', 'HOLDING after the stall', 3000).catch(() => null);
      if (!held || held.reason !== 'LINK_STALE') continue;
      await tap.waitFor((s) => s.state === 'FOLLOWING', 'FOLLOWING again by itself', 8000);
      resumed = true;
    }
    expect(resumed, 'no stall produced a LINK_STALE hold that resumed by itself').toBe(true);
    await monitor.waitForFunction(
      () => (window as unknown as { farhandMonitor: { snapshot(): MonitorSnap } }).farhandMonitor.snapshot().groups.some((g) => g.code === 'LINK_STALE' && g.selfResolved >= 1),
      undefined,
      { timeout: 5000 },
    );
    const snap = await monitorSnap(monitor);
    const g = snap.groups.find((x) => x.code === 'LINK_STALE')!;
    expect(g.heldS).toBeGreaterThan(0);
    expect(snap.alarms.filter((a) => a.code === 'LINK_STALE')).toEqual([]);
    expect(snap.alarms.filter((a) => !a.acknowledged)).toEqual([]);
    const line = await monitor.locator('#notices li[data-code="LINK_STALE"]').innerText();
    expect(line).toMatch(/LINK_STALE\s*× \d+, [\d.]+ s held in all, \d+ resolved by itself/);
    expect(await monitor.locator('#alarm-count').innerText()).toBe('0');
    process.stdout.write(`self-resolved hold on the monitor: ${line.replace(/\s+/g, ' ')}\n`);
    expect(errors).toEqual([]);
  }, 60_000);

  it('with an e-stop latched, every key element is on screen and unobstructed at 1024x768, 1280x800 and 1920x1080', async () => {
    await monitor.locator('#estop').click();
    await tap.waitFor((s) => s.state === 'ESTOPPED', 'ESTOPPED');
    await monitor.waitForFunction(() => document.querySelector('#alarms li.unacked.sev-CRITICAL') !== null, undefined, { timeout: 5000 });
    await consolePage.waitForFunction(() => document.getElementById('state-label')?.textContent === 'E-STOPPED', undefined, { timeout: 5000 });
    // The monitor tells the e-stop truthfully: not a bare "Enabled".
    expect(await monitor.locator('#arm').innerText()).toMatch(/^E-STOP/);
    // One unit for the jaw on both pages.
    expect(await consolePage.locator('#chip-grip').innerText()).toMatch(/^JAW -?\d+° open/);
    expect(await monitor.locator('#arm-sub').innerText()).toMatch(/jaw -?\d+° open/);
    // What the delay figure measures is said.
    expect(await consolePage.locator('.fig[data-fig="oneway"] dt').innerText()).toMatch(/CAPTURE→ARRIVAL/i);
    expect(await consolePage.locator('#oneway-name').getAttribute('title')).toMatch(/includes the console's pacing/);
    expect(await monitor.locator('#oneway-name').getAttribute('title')).toMatch(/includes the console's pacing/);

    const report: string[] = [];
    for (const size of SIZES) {
      await consolePage.setViewportSize(size);
      await monitor.setViewportSize(size);
      await sleep(700); // a few HUD periods and a chart repaint at the new size
      const name = `${size.width}x${size.height}`;
      await consolePage.screenshot({ path: artifactPath(`console-${name}.png`) });
      await monitor.screenshot({ path: artifactPath(`monitor-${name}.png`) });
      const c = problems(await layout(consolePage, CONSOLE_KEYS));
      const m = problems(await layout(monitor, MONITOR_KEYS));
      report.push(`${name}: console ${c.length === 0 ? 'ok' : c.join('; ')} | monitor ${m.length === 0 ? 'ok' : m.join('; ')}`);
    }
    process.stdout.write(`layout:\n  ${report.join('\n  ')}\n`);
    expect(report.filter((r) => !/console ok \| monitor ok$/.test(r))).toEqual([]);

    // The newest alarm's Acknowledge button works at the smallest size.
    await monitor.setViewportSize(SIZES[0]);
    await monitor.locator('#alarms li:first-child button').click();
    const after = await monitorSnap(monitor);
    expect(after.alarms.find((a) => a.code === 'ESTOP')?.acknowledged).toBe(true);
    await consolePage.keyboard.up('Space');
    expect(errors).toEqual([]);
  }, 60_000);
});
