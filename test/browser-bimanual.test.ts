// The surgeon console and the bedside monitor with two instruments and the camera arm (protocol 1.1), in
// real headless Chromium against a small fake agent that speaks the real protocol (fake-cart-agent.ts:
// Welcome.arms PSM1/PSM2/ECM, Telemetry.arms) and records every MotionFrame it receives. Checked in the
// frames the agent received: both hands in one frame at >= 100 Hz, the hand switch moves only the
// selected hand, the camera pedal (on-screen button held, and the M key) sets camera. Checked in the page:
// both instruments and the ECM drawn and labelled (screenshots at 1280x800 in test-artifacts/), the per-arm
// row and the camera mode chip, nothing overlapping at 1024x768, 1280x800 and 1920x1080 on either page.
// Then the same console page against the real one-armed agent: single-hand frames, as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TelemetryTap, artifactPath, bundlePages, collectErrors, launchBrowser, sleep, startTestAgent, type TestAgent, type TestBrowser } from './helpers-browser.js';
import { FakeCartAgent, type ReceivedFrame } from './fake-cart-agent.js';
import { layoutProblems } from './layout-helpers.js';

/** The console's documented mouse gain: 0.25 mm of hand per CSS pixel. */
const HAND_M_PER_PX = 0.25e-3;
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;
const FIGS = ['rtt', 'oneway', 'playout', 'total', 'jitter', 'loss', 'rate', 'refused'];

type Vec = [number, number, number];
interface Snapshot {
  phase: string;
  sessionId: string;
  state: string | null;
  controller: string | null;
  hands: { mode: string; selected: string; camera: boolean; hands: { right: { position: Vec }; left: { position: Vec } } };
  roster: { bimanual: boolean };
  drawn: { arms: string[]; ghosts: string[]; labels: string[]; view: string };
  cameraMode: boolean;
}
const snapshot = (page: Page): Promise<Snapshot> => page.evaluate(() => (window as unknown as { farhandConsole: { snapshot(): Snapshot } }).farhandConsole.snapshot());

async function drag(page: Page, from: { x: number; y: number }, dx: number, dy: number, midway?: () => Promise<void>): Promise<void> {
  const n = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / 4);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= n; i++) {
    await page.mouse.move(from.x + (dx * i) / n, from.y + (dy * i) / n);
    await sleep(8);
    if (midway && i % 8 === 4) await midway();
  }
  await page.mouse.up();
}

const handPos = (f: ReceivedFrame, armId: number): Vec => {
  const p = f.motion.hands.find((h) => h.arm_id === armId)?.position;
  return [p?.x ?? NaN, p?.y ?? NaN, p?.z ?? NaN];
};
const d3 = (a: Vec, b: Vec): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const CONSOLE_KEYS = [
  '.topbar', '#estop', '#conn', '#control-chip', '#state-banner', '#state-label', '#state-reason',
  '#chip-present', '#chip-clutch', '#chip-grip', '#chip-ghost', '#chip-hand', '#arm-right', '#arm-left', '#arm-camera', '#chip-camera-mode',
  '#btn-camera', '#tip', '#view-legend', ...FIGS.map((f) => `.fig[data-fig="${f}"]`), '#btn-engage', '#btn-reset',
];
const MONITOR_KEYS = [
  '.topbar', '#estop', '#conn', '#rec', '#sound', '#state-block', '#state', '#arm-block', '#arm', '#arm-chips',
  '#arm-chips [data-arm="PSM1"]', '#arm-chips [data-arm="PSM2"]', '#arm-chips [data-arm="ECM"]', '#arm-chips .camera-mode', '#controller',
  ...FIGS.map((f) => `.tile[data-fig="${f}"] .tile-head`),
];

describe('two instruments and the camera (headless Chromium, fake protocol 1.1 agent)', () => {
  let fake: FakeCartAgent;
  let browser: TestBrowser;
  let page: Page;
  let errors: string[];
  let centre: { x: number; y: number };

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

  it('sends both hands in one frame (hands, one dead-man) at >= 100 Hz once engaged', async () => {
    page = await browser.context.newPage();
    errors = collectErrors(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${fake.url}/console?token=${fake.token}`);
    await page.waitForFunction(() => {
      const s = (window as unknown as { farhandConsole?: { snapshot(): { phase: string; sessionId: string; controller: string | null } } }).farhandConsole?.snapshot();
      return s?.phase === 'open' && s.controller === s.sessionId && s.sessionId !== '';
    }, undefined, { timeout: 15_000 });
    expect((await snapshot(page)).roster.bimanual).toBe(true);
    await page.keyboard.down('Space');
    await sleep(150);
    await page.keyboard.press('KeyE');
    await page.waitForFunction(() => /FOLLOWING/.test(document.getElementById('arm-right')?.textContent ?? '') && /FOLLOWING/.test(document.getElementById('arm-left')?.textContent ?? ''), undefined, { timeout: 5000 });
    await sleep(1600);
    const t1 = performance.now();
    const win = fake.frames.filter((f) => f.atMs >= t1 - 1500);
    const rateHz = win.length / 1.5;
    expect(rateHz, `${win.length} frames in 1.5 s`).toBeGreaterThanOrEqual(100);
    for (const f of win) {
      expect(f.motion.hands.map((h) => h.arm_id)).toEqual([0, 1]);
      expect(f.motion.operator_present).toBe(true);
      expect(f.motion.camera).toBe(false);
      // The single-hand fields stay unset in a two-handed frame.
      expect(f.motion.position ?? null).toBeNull();
      expect(f.motion.orientation ?? null).toBeNull();
    }
    const seqs = win.map((f) => Number(f.motion.seq));
    expect(seqs.every((s, i) => i === 0 || s > seqs[i - 1]!)).toBe(true);
    const box = (await page.locator('#view').boundingBox())!;
    centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    process.stdout.write(`[bimanual] two-hand frames received: ${rateHz.toFixed(1)} Hz over 1.5 s\n`);
  }, 40_000);

  it('moves only the selected hand; F switches the hand the mouse drives, and the screen says which', async () => {
    expect(await page.locator('#chip-hand').innerText()).toMatch(/PSM1.*RIGHT HAND/);
    const tDrag0 = performance.now();
    const before = fake.frames.at(-1)!;
    // Ghosts seen during the drag (sampled every few steps: a loaded page may skip an animation frame).
    const ghostsMid = new Set<string>();
    await drag(page, centre, 200, 0, async () => {
      for (const g of (await snapshot(page)).drawn.ghosts) ghostsMid.add(g);
    });
    await sleep(300);
    const after = fake.frames.at(-1)!;
    const movedR = d3(handPos(after, 0), handPos(before, 0));
    expect(movedR, 'right hand (PSM1) moved by the drag').toBeGreaterThan(0.9 * 200 * HAND_M_PER_PX);
    expect(movedR).toBeLessThan(1.1 * 200 * HAND_M_PER_PX);
    expect(handPos(after, 1), 'left hand (PSM2) kept its pose').toEqual(handPos(before, 1));
    // Looking through the ECM, the hands move in the camera frame, the dVRK's (ISI: x to the left of the
    // picture, y up, z forward): a drag to the right is -x.
    const dR = [0, 1, 2].map((k) => handPos(after, 0)[k]! - handPos(before, 0)[k]!);
    expect(Math.abs(dR[0]! + 200 * HAND_M_PER_PX), `hand moved ${dR.map((v) => (v * 1000).toFixed(2)).join(', ')} mm`).toBeLessThan(0.001);
    expect(Math.hypot(dR[1]!, dR[2]!)).toBeLessThan(0.001);
    expect([...ghostsMid], 'PSM1 ghost drawn while its motion is in flight').toContain('PSM1');

    await page.keyboard.press('KeyF');
    await page.waitForFunction(() => /PSM2.*LEFT HAND/.test(document.getElementById('chip-hand')?.textContent ?? ''), undefined, { timeout: 3000 });
    expect((await snapshot(page)).hands.selected).toBe('left');
    const before2 = fake.frames.at(-1)!;
    const ghostsMid2 = new Set<string>();
    await drag(page, centre, 0, -160, async () => {
      for (const g of (await snapshot(page)).drawn.ghosts) ghostsMid2.add(g);
    });
    await sleep(300);
    const after2 = fake.frames.at(-1)!;
    const movedL = d3(handPos(after2, 1), handPos(before2, 1));
    expect(movedL, 'left hand (PSM2) moved by the drag').toBeGreaterThan(0.9 * 160 * HAND_M_PER_PX);
    expect(movedL).toBeLessThan(1.1 * 160 * HAND_M_PER_PX);
    expect(handPos(after2, 0), 'right hand (PSM1) kept its pose').toEqual(handPos(before2, 0));
    const dL = [0, 1, 2].map((k) => handPos(after2, 1)[k]! - handPos(before2, 1)[k]!);
    expect(Math.abs(dL[1]! - 160 * HAND_M_PER_PX), `hand moved ${dL.map((v) => (v * 1000).toFixed(2)).join(', ')} mm`).toBeLessThan(0.001); // up on screen is +y
    expect(Math.hypot(dL[0]!, dL[2]!)).toBeLessThan(0.001);
    expect([...ghostsMid2], 'PSM2 ghost drawn while its motion is in flight').toContain('PSM2');
    await page.keyboard.press('KeyF');
    expect((await snapshot(page)).hands.selected).toBe('right');
    // Capture times go forward, and no hand ever looks faster than the agent's jump detector allows
    // (latency-core JumpDetector: distance <= 2 m/s x dt + 1 mm noise floor); checked here at half the
    // speed, as the console's still-claim aims for: the pair is stamped as one hand is.
    const during = fake.frames.filter((f) => f.atMs >= tDrag0);
    let worst = 0;
    for (let k = 1; k < during.length; k++) {
      const a = during[k - 1]!.motion;
      const b = during[k]!.motion;
      const dtS = (Number(b.capture_time_ns) - Number(a.capture_time_ns)) * 1e-9;
      expect(dtS).toBeGreaterThan(0);
      for (const id of [0, 1]) worst = Math.max(worst, d3(handPos(during[k]!, id), handPos(during[k - 1]!, id)) / (1.0 * dtS + 0.001));
    }
    process.stdout.write(`[bimanual] worst hand step between two frames during the drags: ${(worst * 100).toFixed(0)} % of (1 m/s x dt + 1 mm), ${during.length} frames\n`);
    expect(worst).toBeLessThanOrEqual(1);
  }, 30_000);

  it('holding the on-screen camera pedal (or M) sets camera = true; releasing it clears it; camera mode is shown', async () => {
    const b = (await page.locator('#btn-camera').boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.down();
    await sleep(300);
    let t = performance.now();
    const held = fake.frames.filter((f) => f.atMs >= t - 150);
    expect(held.length).toBeGreaterThan(5);
    expect(held.every((f) => f.motion.camera === true && f.motion.hands.length === 2)).toBe(true);
    await page.waitForFunction(() => /CAMERA MODE/.test(document.getElementById('chip-camera-mode')?.textContent ?? ''), undefined, { timeout: 3000 });
    expect(await page.locator('#arm-right').innerText()).toMatch(/HOLDING/);
    await page.screenshot({ path: artifactPath('bimanual-camera-mode-1280x800.png') });
    await page.mouse.up();
    await sleep(200);
    t = performance.now();
    const released = fake.frames.filter((f) => f.atMs >= t - 100);
    expect(released.length).toBeGreaterThan(3);
    expect(released.every((f) => f.motion.camera === false)).toBe(true);

    await page.keyboard.down('KeyM');
    await sleep(200);
    t = performance.now();
    expect(fake.frames.filter((f) => f.atMs >= t - 100).every((f) => f.motion.camera === true)).toBe(true);
    await page.keyboard.up('KeyM');
    await sleep(200);
    t = performance.now();
    expect(fake.frames.filter((f) => f.atMs >= t - 100).every((f) => f.motion.camera === false)).toBe(true);
    await page.waitForFunction(() => document.getElementById('chip-camera-mode') === null, undefined, { timeout: 3000 });
  }, 30_000);

  it('draws both instruments and the ECM, labelled; looks through the ECM camera; screenshots at 1280x800', async () => {
    let s = await snapshot(page);
    expect(s.drawn.arms.sort()).toEqual(['ECM', 'PSM1', 'PSM2']);
    expect(s.drawn.view).toBe('ECM camera');
    await sleep(300);
    await page.screenshot({ path: artifactPath('bimanual-ecm-camera-1280x800.png') });
    // V: the overview of the whole cart, every arm labelled.
    await page.keyboard.press('KeyV');
    await page.waitForFunction(() => /Overview/.test(document.getElementById('tip')?.textContent ?? ''), undefined, { timeout: 3000 });
    await sleep(400);
    s = await snapshot(page);
    expect(s.drawn.view).toBe('Overview');
    expect(s.drawn.labels.sort()).toEqual(['ECM', 'PSM1', 'PSM2']);
    await page.screenshot({ path: artifactPath('bimanual-overview-1280x800.png') });
    for (let i = 0; i < 4; i++) await page.keyboard.press('KeyV');
    expect((await snapshot(page)).drawn.view).toBe('ECM camera');
    expect(errors).toEqual([]);
  }, 30_000);

  it('console: nothing overlaps or leaves the screen at 1024x768, 1280x800, 1920x1080 (camera mode on)', async () => {
    await page.keyboard.down('KeyM');
    const found: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await sleep(500);
      await page.waitForFunction(() => document.getElementById('chip-camera-mode') !== null, undefined, { timeout: 3000 });
      await page.screenshot({ path: artifactPath(`console-bimanual-${size.width}x${size.height}.png`) });
      for (const p of await layoutProblems(page, CONSOLE_KEYS)) found.push(`${size.width}x${size.height}: ${p}`);
    }
    await page.keyboard.up('KeyM');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(found).toEqual([]);
  }, 30_000);

  it('monitor: one row per arm (PSM1, PSM2, ECM) and camera mode, laid out at every size', async () => {
    const mon = await browser.context.newPage();
    const monErrors = collectErrors(mon);
    await mon.goto(`${fake.url}/monitor?token=${fake.token}`);
    await mon.waitForFunction(() => document.querySelectorAll('#arm-chips [data-arm]').length === 3, undefined, { timeout: 10_000 });
    expect(await mon.locator('#arm-chips [data-arm="PSM1"]').innerText()).toMatch(/PSM1\s*FOLLOWING · jaw/);
    expect(await mon.locator('#arm-chips [data-arm="ECM"]').innerText()).toMatch(/ECM\s*IDLE/);
    await page.keyboard.down('KeyM');
    const found: string[] = [];
    for (const size of SIZES) {
      await mon.setViewportSize(size);
      await sleep(400);
      await mon.waitForFunction(() => document.querySelector('#arm-chips .camera-mode') !== null, undefined, { timeout: 3000 });
      await mon.screenshot({ path: artifactPath(`monitor-bimanual-${size.width}x${size.height}.png`) });
      for (const p of await layoutProblems(mon, MONITOR_KEYS)) found.push(`${size.width}x${size.height}: ${p}`);
    }
    await page.keyboard.up('KeyM');
    expect(found).toEqual([]);
    expect(monErrors).toEqual([]);
    await mon.close();
  }, 40_000);
});

describe('the same console against the real one-armed agent', () => {
  let ta: TestAgent;
  let browser: TestBrowser;
  let tap: TelemetryTap;

  beforeAll(async () => {
    await bundlePages();
    ta = await startTestAgent(['--no-webrtc']);
    tap = new TelemetryTap(ta.agent.urls.ws, ta.agent.tokens.observer);
    await tap.open();
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    tap?.close();
    await browser?.close();
    await ta?.stop();
  }, 30_000);

  it('sends single-hand frames at >= 100 Hz that the agent takes (no Welcome.arms: no hands, no pedal on screen)', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(ta.agent.urls.console);
    await page.waitForFunction(() => {
      const s = (window as unknown as { farhandConsole?: { snapshot(): { phase: string; sessionId: string; controller: string | null } } }).farhandConsole?.snapshot();
      return s?.phase === 'open' && s.controller === s.sessionId && s.sessionId !== '';
    }, undefined, { timeout: 15_000 });
    const s = await snapshot(page);
    expect(s.roster.bimanual).toBe(false);
    expect(s.hands.mode).toBe('single');
    expect(await page.locator('#arm-row').isHidden()).toBe(true);
    expect(await page.locator('#btn-camera').isHidden()).toBe(true);
    await page.keyboard.down('Space');
    await page.keyboard.down('KeyM'); // the camera key means nothing to a one-armed agent
    await sleep(1500);
    const l = (await tap.waitFor((x) => (x.link?.frame_rate_hz ?? 0) >= 100, 'frames at >= 100 Hz from the console')).link!;
    expect(Number(l.frames_refused ?? 0)).toBe(0);
    const recent = await page.evaluate(() => (window as unknown as { farhandConsole: { recentFrames(): Array<Record<string, unknown>> } }).farhandConsole.recentFrames());
    expect(recent.length).toBeGreaterThan(50);
    expect(recent.every((f) => !('left' in f) && !('camera' in f))).toBe(true);
    await page.keyboard.up('KeyM');
    // Hidden (another tab): the dead-man drops and the frames keep their rate from the worker's timer.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const tHidden = performance.now();
    await sleep(1300);
    const hiddenRates = tap.samples.filter((x) => x.atMs >= tHidden + 1100).map((x) => x.link?.frame_rate_hz ?? NaN).sort((a, b) => a - b);
    process.stdout.write(`[bimanual] one-armed agent, hidden page: frame_rate_hz min ${hiddenRates[0]} median ${hiddenRates[Math.floor(hiddenRates.length / 2)]} Hz\n`);
    expect(hiddenRates[Math.floor(hiddenRates.length / 2)]!).toBeGreaterThanOrEqual(100);
    await page.keyboard.up('Space');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
