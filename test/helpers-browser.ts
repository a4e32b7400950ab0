// Shared pieces of the browser tests: a real agent (in-process, port 0, loopback), an optional impaired
// link in front of it, headless Chromium through playwright-core with a fresh profile, a Node-side
// observer that reads the agent's telemetry independently of the pages, and the artifacts folder.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, farhand, severityName, supervisorStateName } from '@farhand/protocol';
import { completeConfig, loadConfig, startAgent, type Agent } from '../packages/robot-agent/src/index.js';
import { LinkProxy } from '../packages/workbench/src/link/proxy.js';
import { impairmentFromFlags } from '../packages/workbench/src/link/options.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM = process.env['FARHAND_CHROMIUM'] ?? '/usr/bin/chromium';
export const ARTIFACTS = join(root, 'test-artifacts');

/** Builds the pages exactly as `npm run build` does (esbuild, well under a second). */
export async function bundlePages(): Promise<void> {
  // `npm test` bundles the pages once (scripts/build.mjs) before any test runs and says so: ~1.6 s a browser
  // test file saved. A test run by itself bundles from the sources it runs against.
  if (process.env['FARHAND_PAGES_BUILT'] === '1') return;
  const mod = (await import(pathToFileURL(join(root, 'packages/console/scripts/bundle.mjs')).href)) as {
    bundle(o: { quiet: boolean }): Promise<unknown>;
  };
  await mod.bundle({ quiet: true });
}

export interface TestAgent {
  agent: Agent;
  dir: string;
  stop(): Promise<void>;
}

/** A real agent with the simulated arm on 127.0.0.1:0, recording into a temp folder, logs discarded. */
export async function startTestAgent(extraArgs: string[] = []): Promise<TestAgent> {
  const dir = mkdtempSync(join(tmpdir(), 'farhand-browser-'));
  const loaded = loadConfig({
    argv: ['--host', '127.0.0.1', '--port', '0', '--seed', '7', '--recording-dir', join(dir, 'rec'), '--log-level', 'warn', ...extraArgs],
    env: {},
    cwd: dir,
  });
  if (!loaded.ok) throw new Error(`test agent config: ${loaded.errors.join('; ')}`);
  const eff = completeConfig(loaded.config);
  if (!eff.ok) throw new Error(`test agent config: ${eff.errors.join('; ')}`);
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const agent = await startAgent(eff.config, { logDestination: sink });
  return {
    agent,
    dir,
    async stop() {
      await agent.close('test finished');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An impaired link (the project's own proxy) in front of the agent; pages load through it too. */
export async function startLinkProxy(
  agent: Agent,
  flags: { delay?: string; jitter?: string; loss?: string },
  listenPort = 0,
): Promise<{ base: string; port: number; close(): Promise<void> }> {
  const { params } = impairmentFromFlags({ ...flags, seed: '3' });
  const proxy = new LinkProxy({ listenPort, target: `ws://127.0.0.1:${agent.port}`, up: params, down: params });
  const { port } = await proxy.start();
  return { base: `http://127.0.0.1:${port}`, port, close: () => proxy.close() };
}

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Offline-friendly flags and software WebGL (SwiftShader), for every headless Chromium the tests launch. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // WebGL on the CPU: the 3D view is part of what the tests look at.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // Timers in an occluded headless window must not be throttled: frames are timer-driven.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--autoplay-policy=no-user-gesture-required',
];

/** Headless Chromium with a fresh profile and CHROMIUM_ARGS. */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'farhand-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
    args: [...CHROMIUM_ARGS],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects uncaught page errors and console errors, which the tests require to be none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  return errors;
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export interface TelemetrySample {
  atMs: number;
  state: string;
  reason: string;
  position: [number, number, number];
  setpoint: [number, number, number];
  controller: string;
  scale: number;
  link: farhand.v1.ILinkFigures | null;
  /** What carried the controller's newest frame (MotionTransport name), as the agent saw it. */
  motionTransport: string;
  /** Several arms (Telemetry.camera_mode): the ECM follows the hands. */
  cameraMode: boolean;
  /** Several arms (Telemetry.arms): every arm, in the agent's order; empty for a one-arm agent. */
  arms: ArmSample[];
}

/** One arm of Telemetry.arms: poses in its own base frame, and that base in the cart frame. */
export interface ArmSample {
  armId: number;
  state: string;
  reason: string;
  measured: { position: [number, number, number]; orientation: [number, number, number, number] };
  setpoint: { position: [number, number, number]; orientation: [number, number, number, number] };
  base: { position: [number, number, number]; orientation: [number, number, number, number] };
  /** The hand pose played for this arm (console frame); NaN before any. */
  master: { position: [number, number, number]; orientation: [number, number, number, number] };
}

function wirePose(p: farhand.v1.IPose | null | undefined): ArmSample['measured'] {
  const a = p?.position;
  const q = p?.orientation;
  return { position: [a?.x ?? NaN, a?.y ?? NaN, a?.z ?? NaN], orientation: [q?.x ?? NaN, q?.y ?? NaN, q?.z ?? NaN, q?.w ?? NaN] };
}

/**
 * An OBSERVER connection from Node: the tests check the arm in telemetry, not in the page under test.
 * It answers the agent's clock probes like any well-behaved client.
 */
export class TelemetryTap {
  private ws: WebSocket | null = null;
  readonly samples: TelemetrySample[] = [];
  readonly events: Array<{ severity: string; code: string; message: string }> = [];

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  async open(): Promise<void> {
    const ws = new WebSocket(this.url);
    ws.binaryType = 'nodebuffer';
    this.ws = ws;
    await new Promise<void>((res, rej) => {
      ws.once('open', () => res());
      ws.once('error', rej);
    });
    const welcomed = new Promise<void>((res, rej) => {
      ws.on('message', (data: Buffer) => {
        const r = decodeEnvelope(data);
        if (!r.ok) return;
        if (r.kind === 'welcome') res();
        else if (r.kind === 'reject') rej(new Error(`observer rejected: ${r.message.reason}`));
        else if (r.kind === 'clock' && !r.message.reply) {
          const t = Number(process.hrtime.bigint());
          ws.send(encodeEnvelope({ clock: { id: r.message.id, t0_ns: r.message.t0_ns, t1_ns: t, t2_ns: t, reply: true } }));
        } else if (r.kind === 'telemetry') {
          const m = r.message;
          const p = m.measured_cp?.position;
          const s = m.setpoint_cp?.position;
          this.samples.push({
            atMs: performance.now(),
            state: supervisorStateName(m.state) ?? 'UNKNOWN',
            reason: m.reason,
            position: [p?.x ?? NaN, p?.y ?? NaN, p?.z ?? NaN],
            setpoint: [s?.x ?? NaN, s?.y ?? NaN, s?.z ?? NaN],
            controller: m.controller_session_id,
            scale: m.motion_scale,
            link: m.link ?? null,
            motionTransport: farhand.v1.MotionTransport[m.motion_transport] ?? String(m.motion_transport),
            cameraMode: m.camera_mode === true,
            arms: (m.arms ?? []).map((a) => ({
              armId: a.arm_id ?? 0,
              state: supervisorStateName(a.state ?? 0) ?? 'UNKNOWN',
              reason: a.reason ?? '',
              measured: wirePose(a.measured_cp),
              setpoint: wirePose(a.setpoint_cp),
              base: wirePose(a.base_frame),
              master: wirePose(a.master_cp),
            })),
          });
          if (this.samples.length > 20_000) this.samples.splice(0, 10_000);
        } else if (r.kind === 'event') {
          this.events.push({ severity: severityName(r.message.severity) ?? '', code: r.message.code, message: r.message.message });
        }
      });
    });
    ws.send(encodeEnvelope({ hello: { protocol_major: 1, protocol_minor: 0, role: farhand.v1.Role.OBSERVER, token: this.token, client_name: 'browser-test tap' } }));
    await welcomed;
  }

  latest(): TelemetrySample {
    const s = this.samples[this.samples.length - 1];
    if (!s) throw new Error('no telemetry yet');
    return s;
  }

  /** Waits (bounded) until the newest sample satisfies pred; returns it. */
  async waitFor(pred: (s: TelemetrySample) => boolean, what: string, timeoutMs = 10_000): Promise<TelemetrySample> {
    const until = performance.now() + timeoutMs;
    while (performance.now() < until) {
      const s = this.samples[this.samples.length - 1];
      if (s && pred(s)) return s;
      await sleep(20);
    }
    const s = this.samples[this.samples.length - 1];
    throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last telemetry: ${s ? `${s.state} (${s.reason})` : 'none'}`);
  }

  /** Waits until the tip has moved less than tolM over windowMs (settled); returns the position. */
  async settled(what: string, tolM = 2e-5, windowMs = 300, timeoutMs = 8000): Promise<[number, number, number]> {
    const until = performance.now() + timeoutMs;
    while (performance.now() < until) {
      await sleep(50);
      const now = performance.now();
      const recent = this.samples.filter((s) => s.atMs >= now - windowMs);
      if (recent.length < 5) continue;
      const a = recent[0]!.position;
      if (recent.every((s) => dist(s.position, a) < tolM)) return recent[recent.length - 1]!.position;
    }
    throw new Error(`timed out waiting for the arm to settle (${what})`);
  }

  close(): void {
    this.ws?.close();
  }
}

export function dist(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Reads one sample of a Prometheus gauge with the given labels from /metrics text. */
export function metric(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})?\s+(\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    const got: Record<string, string> = {};
    for (const kv of (m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)) got[kv[1]!] = kv[2]!;
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return NaN;
}

/**
 * With the dead-man (Space) already held: presses E until the agent reports `until` (default FOLLOWING),
 * at most `tries` presses, `perTryMs` apart. A loaded machine can deliver the key before the agent has
 * played a frame with the hand on (ENGAGE refused: OPERATOR_ABSENT); a person then presses again.
 * The error says what the console showed for the last refusal.
 */
export async function engageFromConsole(
  page: Page,
  tap: TelemetryTap,
  options: { until?: (s: TelemetrySample) => boolean; what?: string; tries?: number; perTryMs?: number } = {},
): Promise<TelemetrySample> {
  const until = options.until ?? ((s: TelemetrySample) => s.state === 'FOLLOWING');
  const tries = options.tries ?? 3;
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('KeyE');
    try {
      return await tap.waitFor(until, options.what ?? 'FOLLOWING after engage', options.perTryMs ?? 4000);
    } catch (e) {
      if (attempt >= tries) {
        const ack = await page.locator('#ack').innerText().catch(() => '(no #ack)');
        throw new Error(`${e instanceof Error ? e.message : String(e)}; after ${tries} presses of E; console says: ${ack}`);
      }
    }
  }
}
