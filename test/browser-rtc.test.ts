// The console's WebRTC motion channel in real headless Chromium against a real agent on loopback: the
// browser's own RTCPeerConnection negotiates over the WebSocket after Welcome, the HUD and the monitor
// say motion rides the DataChannel, and the agent receives the frames there. Fallbacks: an agent with
// WebRTC off, and a channel that cannot connect before the agent's deadline: motion stays on the
// WebSocket, the HUD says why, and the tool still follows. (The drag-follow figures over the channel
// are in browser-console.test.ts, which runs over it by default.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { TelemetryTap, bundlePages, collectErrors, launchBrowser, sleep, startTestAgent, type TestAgent, type TestBrowser, engageFromConsole } from './helpers-browser.js';

interface Snap {
  phase: string;
  sessionId: string;
  transport: { phase: string; detail: string } | null;
}
const snapshot = (page: Page): Promise<Snap> => page.evaluate(() => (window as unknown as { farhandConsole: { snapshot(): Snap } }).farhandConsole.snapshot());

async function engageAndMove(page: Page, tap: TelemetryTap): Promise<number> {
  const { sessionId } = await snapshot(page);
  await tap.waitFor((s) => s.controller === sessionId, 'the console to hold the control lock');
  await page.waitForFunction(() => document.getElementById('state-label')?.textContent === 'IDLE', undefined, { timeout: 5000 });
  await page.locator('#view').focus();
  await page.keyboard.down('Space');
  await sleep(300);
  await engageFromConsole(page, tap);
  const p0 = await tap.settled('before the move');
  // W: hand forward at the keyboard rate, for 0.6 s.
  await page.keyboard.down('KeyW');
  await sleep(600);
  await page.keyboard.up('KeyW');
  const p1 = await tap.settled('after the move');
  await page.keyboard.up('Space');
  return Math.hypot(p1[0] - p0[0], p1[1] - p0[1], p1[2] - p0[2]);
}

describe('console motion over the WebRTC DataChannel (headless Chromium, real agent)', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    await bundlePages();
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  }, 30_000);

  it('negotiates after Welcome; the HUD, the monitor, telemetry and /metrics say motion rides the DataChannel; the tool follows', async () => {
    const ta: TestAgent = await startTestAgent();
    const tap = new TelemetryTap(ta.agent.urls.ws, ta.agent.tokens.observer);
    try {
      await tap.open();
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(ta.agent.urls.console);
      await page.waitForFunction(() => document.getElementById('chip-transport')?.dataset['transport'] === 'webrtc', undefined, { timeout: 15_000 });
      expect(await page.locator('#chip-transport').innerText()).toBe('MOTION: WEBRTC');
      expect(await page.locator('#chip-transport').getAttribute('title')).toBe('DataChannel: unordered, no retransmission.');
      const moved = await engageAndMove(page, tap);
      expect(moved).toBeGreaterThan(0.001);
      const last = tap.latest();
      expect(last.motionTransport).toBe('WEBRTC_DATACHANNEL');
      expect(Number(last.link?.frames_received_rtc ?? 0)).toBeGreaterThan(20);
      const metrics = await ta.agent.metricsText();
      expect(metrics).toMatch(/farhand_motion_transport\{transport="webrtc"\} 1/);
      // The bedside monitor names the transport next to the controller.
      const mon = await browser.context.newPage();
      await mon.goto(ta.agent.urls.monitor);
      await mon.waitForFunction(() => /motion over WebRTC DataChannel/.test(document.getElementById('controller-sub')?.textContent ?? ''), undefined, { timeout: 10_000 });
      expect(tap.events.some((e) => e.code === 'MOTION_TRANSPORT' && e.message.startsWith('webrtc:'))).toBe(true);
      expect(errors).toEqual([]);
      await mon.close();
      await page.close();
    } finally {
      tap.close();
      await ta.stop();
    }
  }, 40_000);

  it('an agent with WebRTC off: the HUD says motion is on the WebSocket and why; the tool follows over it', async () => {
    const ta: TestAgent = await startTestAgent(['--no-webrtc']);
    const tap = new TelemetryTap(ta.agent.urls.ws, ta.agent.tokens.observer);
    try {
      await tap.open();
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      await page.goto(ta.agent.urls.console);
      await page.waitForFunction(() => document.getElementById('chip-transport')?.dataset['transport'] === 'websocket', undefined, { timeout: 15_000 });
      expect(await page.locator('#chip-transport').innerText()).toBe('MOTION: WEBSOCKET');
      expect(await page.locator('#transport-text').innerText()).toBe('Motion over the WebSocket: WebRTC is turned off on this agent (rtc.enabled = false, --no-webrtc).');
      expect(await engageAndMove(page, tap)).toBeGreaterThan(0.001);
      expect(tap.latest().motionTransport).toBe('WEBSOCKET');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      tap.close();
      await ta.stop();
    }
  }, 40_000);

  it('a DataChannel that cannot connect by the deadline: the console falls back to the WebSocket and says so', async () => {
    const ta: TestAgent = await startTestAgent(['--rtc-connect-timeout', '1.5']);
    const tap = new TelemetryTap(ta.agent.urls.ws, ta.agent.tokens.observer);
    try {
      await tap.open();
      const page = await browser.context.newPage();
      const errors = collectErrors(page);
      // The agent's answer never takes effect in this page: ICE cannot start, as behind a firewall that drops UDP.
      await page.addInitScript(() => {
        RTCPeerConnection.prototype.setRemoteDescription = () => new Promise<void>(() => undefined);
      });
      await page.goto(ta.agent.urls.console);
      await page.waitForFunction(() => document.getElementById('chip-transport')?.dataset['transport'] === 'negotiating', undefined, { timeout: 15_000 });
      // The deadline is the agent's (Welcome.rtc.connect_timeout_s, 5 s by default, 1.5 s here).
      await page.waitForFunction(() => document.getElementById('chip-transport')?.dataset['transport'] === 'websocket', undefined, { timeout: 10_000 });
      expect(await page.locator('#transport-text').innerText()).toBe('Motion over the WebSocket: WebRTC did not connect within 1.5 s. WebRTC is tried again in 10 s.');
      const snap = await snapshot(page);
      expect(snap.transport?.phase).toBe('websocket');
      expect(await engageAndMove(page, tap)).toBeGreaterThan(0.001);
      expect(tap.latest().motionTransport).toBe('WEBSOCKET');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      tap.close();
      await ta.stop();
    }
  }, 40_000);
});
