// The bedside monitor's per-arm charts (tracking error, tip speed, jaw) with two instruments and the
// camera arm, in real headless Chromium against the fake protocol 1.1 agent (fake-cart-agent.ts: Welcome.arms
// PSM1/PSM2/ECM, Telemetry.arms at 100 Hz). A console page drives the right hand (PSM1) with the mouse;
// the monitor must draw one line per arm, named as Welcome.arms names them and in distinct colours, show
// PSM1's tip speed rising while PSM2 and the ECM stay still, and keep its key elements in view without
// overlap at 1024x768, 1280x800 and 1920x1080 (screenshots monitor-arms-*.png in test-artifacts/).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, bundlePages, collectErrors, launchBrowser, sleep, type TestBrowser } from './helpers-browser.js';
import { FakeCartAgent } from './fake-cart-agent.js';
import { layoutProblems } from './layout-helpers.js';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;
const LINK_FIGS = ['rtt', 'oneway', 'playout', 'total', 'jitter', 'loss', 'rate', 'refused'];
const ARM_FIGS = ['tracking', 'speed', 'jaw'] as const;
/** Always in view (the header and the alarm column never scroll). */
const FIXED_KEYS = ['.topbar', '#estop', '#conn', '#rec', '#sound', '#alarms li:first-child', '#ack-all'];
/** The top of the figures column, as the one-arm monitor has it. */
const TOP_KEYS = ['#state-block', '#state', '#arm-block', '#arm', '#arm-chips', '#controller', ...LINK_FIGS.map((f) => `.tile[data-fig="${f}"] .tile-head`)];
const ARM_KEYS = [
  ...ARM_FIGS.map((f) => `.arm-fig[data-arm-fig="${f}"] .tile-name`),
  ...ARM_FIGS.map((f) => `.arm-fig[data-arm-fig="${f}"] .arm-keys`),
  ...ARM_FIGS.map((f) => `.arm-fig[data-arm-fig="${f}"] .chart`),
];

interface ArmChartView { name: string; color: string; points: number }
interface MonitorSnap {
  armCharts: Record<string, ArmChartView[]>;
  armFigures: Record<string, { tracking: number; speed: number; jaw: number }>;
}
const monSnap = (page: Page): Promise<MonitorSnap> => page.evaluate(() => (window as unknown as { farhandMonitor: { snapshot(): MonitorSnap } }).farhandMonitor.snapshot());

describe('bedside monitor: one line per arm in the arm charts (fake PSM1/PSM2/ECM agent)', () => {
  let fake: FakeCartAgent;
  let browser: TestBrowser;
  let con: Page;
  let mon: Page;
  let monErrors: string[];

  beforeAll(async () => {
    await bundlePages();
    fake = new FakeCartAgent();
    await fake.start();
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await fake?.stop();
  }, 30_000);

  it('draws each arm figure with one named, coloured line per arm (no jaw line for the ECM)', async () => {
    con = await browser.context.newPage();
    await con.setViewportSize({ width: 1280, height: 800 });
    await con.goto(`${fake.url}/console?token=${fake.token}`);
    await con.waitForFunction(() => {
      const s = (window as unknown as { farhandConsole?: { snapshot(): { phase: string; sessionId: string; controller: string | null } } }).farhandConsole?.snapshot();
      return s?.phase === 'open' && s.controller === s.sessionId && s.sessionId !== '';
    }, undefined, { timeout: 15_000 });
    await con.keyboard.down('Space');
    await sleep(150);
    await con.keyboard.press('KeyE');
    await con.waitForFunction(() => /FOLLOWING/.test(document.getElementById('arm-right')?.textContent ?? ''), undefined, { timeout: 5000 });

    mon = await browser.context.newPage();
    monErrors = collectErrors(mon);
    await mon.setViewportSize({ width: 1280, height: 800 });
    await mon.goto(`${fake.url}/monitor?token=${fake.token}`);
    await mon.waitForFunction(() => document.querySelectorAll('.arm-fig[data-arm-fig="speed"] .arm-key').length === 3, undefined, { timeout: 10_000 });
    await sleep(1200);
    const s = await monSnap(mon);
    expect(s.armCharts['tracking']!.map((c) => c.name)).toEqual(['PSM1', 'PSM2', 'ECM']);
    expect(s.armCharts['speed']!.map((c) => c.name)).toEqual(['PSM1', 'PSM2', 'ECM']);
    expect(s.armCharts['jaw']!.map((c) => c.name)).toEqual(['PSM1', 'PSM2']);
    // Each arm keeps its colour in every chart, and the three differ.
    const colors = s.armCharts['speed']!.map((c) => c.color);
    expect(new Set(colors).size).toBe(3);
    expect(s.armCharts['tracking']!.map((c) => c.color)).toEqual(colors);
    expect(s.armCharts['jaw']!.map((c) => c.color)).toEqual(colors.slice(0, 2));
    // About a second of points at 10 Hz for every arm (the fake's ECM reports no setpoint: no tracking line).
    for (const c of s.armCharts['speed']!) expect(c.points, `${c.name} speed points`).toBeGreaterThanOrEqual(8);
    for (const c of s.armCharts['jaw']!) expect(c.points, `${c.name} jaw points`).toBeGreaterThanOrEqual(8);
    expect(s.armCharts['tracking']!.find((c) => c.name === 'PSM1')!.points).toBeGreaterThanOrEqual(8);
    expect(s.armCharts['tracking']!.find((c) => c.name === 'ECM')!.points).toBe(0);
    // The keys name the arms with their newest value.
    const keys = await mon.locator('.arm-fig[data-arm-fig="jaw"] .arm-keys').innerText();
    expect(keys).toMatch(/PSM1\s*\d+\s*PSM2\s*\d+/);
    // The fake opens each jaw 0.6 rad (34°) with the grip released.
    expect((s.armFigures['PSM1']!.jaw * 180) / Math.PI).toBeCloseTo(34.4, 0);
    expect(Number.isNaN(s.armFigures['ECM']!.jaw)).toBe(true);
  }, 60_000);

  it('PSM1 moves and its speed line rises; PSM2 and the ECM stay at zero', async () => {
    const peak: Record<string, number> = { PSM1: 0, PSM2: 0, ECM: 0 };
    const sample = async (): Promise<void> => {
      const f = (await monSnap(mon)).armFigures;
      for (const n of Object.keys(peak)) if (Number.isFinite(f[n]?.speed)) peak[n] = Math.max(peak[n]!, f[n]!.speed);
    };
    // Input goes to the page in front; the monitor keeps taking telemetry behind it.
    await con.bringToFront();
    const box = (await con.locator('#view').boundingBox())!;
    const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // 200 px of mouse = 50 mm of hand = 10 mm of tip at the fake's motion scale (0.2), in about a second.
    await con.mouse.move(c.x, c.y);
    await con.mouse.down();
    for (let i = 1; i <= 50; i++) {
      await con.mouse.move(c.x + 4 * i, c.y);
      await sleep(16);
      if (i % 10 === 0) await sample();
    }
    await con.mouse.up();
    for (let i = 0; i < 8; i++) {
      await sleep(60);
      await sample();
    }
    process.stdout.write(`[monitor-arms] peak tip speed on the monitor: ${Object.entries(peak).map(([n, v]) => `${n} ${(v * 1000).toFixed(1)} mm/s`).join(', ')}\n`);
    // 10 mm of tip in a second or a few (a loaded machine slows the drag): well above still arms' zero.
    expect(peak['PSM1']!, 'PSM1 tip speed while the right hand moves').toBeGreaterThan(0.0005);
    expect(peak['PSM2']!).toBeLessThan(1e-4);
    expect(peak['ECM']!).toBeLessThan(1e-4);
    await mon.bringToFront();
    await sleep(500);
    await mon.screenshot({ path: artifactPath('monitor-arms-psm1-moved-1280x800.png') });
  }, 40_000);

  it('keeps its key elements in view and apart at 1280x800, 1920x1080, and at 1024x768 in the figures column\'s scroll', async () => {
    const found: string[] = [];
    for (const size of SIZES) {
      await mon.setViewportSize(size);
      await sleep(500);
      await mon.screenshot({ path: artifactPath(`monitor-arms-${size.width}x${size.height}.png`) });
      if (size.width > 1024) {
        for (const p of await layoutProblems(mon, [...FIXED_KEYS, ...TOP_KEYS, ...ARM_KEYS])) found.push(`${size.width}x${size.height}: ${p}`);
        continue;
      }
      // 1024x768: the link tiles fill the screen as on a one-arm monitor; the arm charts are under them.
      for (const p of await layoutProblems(mon, [...FIXED_KEYS, ...TOP_KEYS])) found.push(`${size.width}x${size.height} top: ${p}`);
      await mon.evaluate(() => document.getElementById('arm-figs')!.scrollIntoView({ block: 'end' }));
      await sleep(300);
      await mon.screenshot({ path: artifactPath(`monitor-arms-${size.width}x${size.height}-scrolled.png`) });
      for (const p of await layoutProblems(mon, [...FIXED_KEYS, ...ARM_KEYS])) found.push(`${size.width}x${size.height} scrolled: ${p}`);
      await mon.evaluate(() => document.querySelector('.monitor-left')!.scrollTo(0, 0));
    }
    expect(found).toEqual([]);
    expect(monErrors).toEqual([]);
  }, 40_000);
});
