// Helpers for the agent's integration tests: a real WebSocket client speaking farhand.v1 (answers the
// agent's clock probes, tracks acks, events and telemetry), and agent start-up with a test config.
// Everything runs on 127.0.0.1 with free ports; every wait is bounded.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, farhand, toMotionFrame, type MasterFrame } from '@farhand/protocol';
import { completeConfig, loadConfig, startAgent, type Agent, type EffectiveConfig } from '../packages/robot-agent/src/index.js';

const pb = farhand.v1;

/** The client's own monotonic clock, ns; unrelated to the agent's (as a real console's would be). */
export const clientOriginHrNs = process.hrtime.bigint() - 5_000_000_000n;
const clientOrigin = clientOriginHrNs;
export const clientNowNs = (): number => Number(process.hrtime.bigint() - clientOrigin);

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `farhand-${prefix}-`));
}

/** Collects pino lines (JSON) in memory. */
export class LogSink extends Writable {
  readonly lines: Array<Record<string, unknown>> = [];
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    for (const l of chunk.toString('utf8').split('\n')) if (l.trim() !== '') this.lines.push(JSON.parse(l) as Record<string, unknown>);
    cb();
  }
}

export function testConfig(argv: string[] = [], dir = tempDir('rec')): EffectiveConfig {
  const r = loadConfig({ argv: ['--port', '0', '--recording-dir', dir, '--log-level', 'info', ...argv], env: {}, cwd: process.cwd() });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const e = completeConfig(r.config, () => 7);
  if (!e.ok) throw new Error(e.errors.join('\n'));
  return e.config;
}

export async function startTestAgent(argv: string[] = []): Promise<{ agent: Agent; logs: LogSink; dir: string }> {
  const dir = tempDir('rec');
  const logs = new LogSink();
  const agent = await startAgent(testConfig(argv, dir), { logDestination: logs });
  return { agent, logs, dir };
}

export async function waitFor<T>(what: string, fn: () => T | undefined | null | false, timeoutMs = 5000, stepMs = 5): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export async function waitForAsync<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = 5000, stepMs = 20): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined && v !== null && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface ConnectOptions {
  role: 'SURGEON' | 'OBSERVER' | 'ENGINEER';
  token: string;
  name?: string;
  major?: number;
  minor?: number;
  /** Answer the agent's clock probes (default true). */
  answerProbes?: boolean;
}

export class TestClient {
  readonly ws: WebSocket;
  welcome: farhand.v1.Welcome | null = null;
  reject: farhand.v1.Reject | null = null;
  telemetry: farhand.v1.Telemetry | null = null;
  telemetryCount = 0;
  readonly events: farhand.v1.Event[] = [];
  readonly acks = new Map<number, farhand.v1.CommandAck>();
  /** WebRTC signalling from the agent, in order; onRtc sees each as it arrives. */
  readonly rtcSignals: farhand.v1.RtcSignal[] = [];
  onRtc: ((m: farhand.v1.RtcSignal) => void) | null = null;
  closeCode: number | null = null;
  closeReason = '';
  #nextCommandId = 1;
  #seq = 1;
  readonly #answerProbes: boolean;

  private constructor(ws: WebSocket, answerProbes: boolean) {
    this.ws = ws;
    this.#answerProbes = answerProbes;
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data: Buffer) => this.#onMessage(data));
    ws.on('close', (code, reason) => {
      this.closeCode = code;
      this.closeReason = reason.toString('utf8');
    });
    ws.on('error', () => undefined);
  }

  /** Opens the socket without a handshake. */
  static async open(url: string, answerProbes = true): Promise<TestClient> {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    // Listen before 'open': a Reject sent at connection may arrive in the same read as the upgrade.
    const c = new TestClient(ws, answerProbes);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return c;
  }

  /** Opens, says Hello and waits for Welcome or Reject. */
  static async connect(url: string, o: ConnectOptions): Promise<TestClient> {
    const c = await TestClient.open(url, o.answerProbes ?? true);
    c.sendEnvelope({
      hello: { protocol_major: o.major ?? 1, protocol_minor: o.minor ?? 0, role: pb.Role[o.role], token: o.token, client_name: o.name ?? `test-${o.role.toLowerCase()}` },
    });
    await waitFor('Welcome or Reject', () => c.welcome ?? c.reject);
    return c;
  }

  #onMessage(data: Buffer): void {
    const r = decodeEnvelope(data, { maxBytes: 1 << 20 });
    if (!r.ok) throw new Error(`client got an undecodable message: ${r.error.message}`);
    switch (r.kind) {
      case 'welcome':
        this.welcome = r.message;
        break;
      case 'reject':
        this.reject = r.message;
        break;
      case 'telemetry':
        this.telemetry = r.message;
        this.telemetryCount++;
        break;
      case 'event':
        this.events.push(r.message);
        break;
      case 'ack':
        this.acks.set(Number(r.message.id), r.message);
        break;
      case 'rtc':
        this.rtcSignals.push(r.message);
        this.onRtc?.(r.message);
        break;
      case 'clock': {
        const p = r.message;
        if (!p.reply && this.#answerProbes) {
          const t1 = clientNowNs();
          this.sendEnvelope({ clock: { id: p.id, t0_ns: p.t0_ns, t1_ns: t1, t2_ns: clientNowNs(), reply: true } });
        }
        break;
      }
      default:
        break;
    }
  }

  get sessionId(): string {
    return this.welcome?.session_id ?? '';
  }

  sendEnvelope(e: farhand.v1.IEnvelope): void {
    this.ws.send(encodeEnvelope(e));
  }

  sendRaw(data: Buffer | string): void {
    this.ws.send(data);
  }

  /** Sends a command and waits for its ack. */
  async command(type: keyof typeof farhand.v1.CommandType, extra: Partial<farhand.v1.ICommand> = {}, timeoutMs = 3000): Promise<farhand.v1.CommandAck> {
    const id = this.#nextCommandId++;
    this.sendEnvelope({ command: { id, type: pb.CommandType[type], ...extra } });
    return waitFor(`ack of ${type}`, () => this.acks.get(id), timeoutMs);
  }

  /** Sends one motion frame captured now (over the WebSocket, or through `send`, e.g. a DataChannel). */
  motion(
    pose: { position: [number, number, number]; orientation: [number, number, number, number] },
    extra: Partial<MasterFrame> = {},
    send?: (bytes: Uint8Array) => void,
  ): number {
    const seq = this.#seq++;
    const frame: MasterFrame = {
      armId: 0,
      seq,
      captureTimeNs: clientNowNs(),
      position: pose.position,
      orientation: pose.orientation,
      grip: 0,
      clutch: false,
      operatorPresent: true,
      ...extra,
    };
    if (send) send(encodeEnvelope({ motion: toMotionFrame(frame) }));
    else this.sendEnvelope({ motion: toMotionFrame(frame) });
    return seq;
  }

  eventsWith(code: string): farhand.v1.Event[] {
    return this.events.filter((e) => e.code === code);
  }

  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      this.ws.once('close', () => resolve());
      this.ws.close();
      setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, 1000).unref();
    });
  }
}

/** A metric's value from Prometheus text, matching every given label; NaN when absent. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (.+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const ls = m[2] ?? '';
    if (Object.entries(labels).every(([k, v]) => ls.includes(`${k}="${v}"`))) return Number(m[3]);
  }
  return NaN;
}

export function statesByName(n: number): string {
  return pb.SupervisorState[n] ?? String(n);
}

/** A master position the test client sent, at its capture time (client clock). */
export interface SentPosition {
  captureNs: number;
  p: [number, number, number];
}

/** The recorded tick fields the follow-error figure needs. */
export interface FollowTick {
  msg: { time_ns: number; measured_cp: { position: { x: number; y: number; z: number } } };
}

/**
 * How well the measured tool tip followed the hand: the residual of measured tip vs anchor + scale * master
 * (t - lag), with the lag (playout + servo) and the anchor found by search, so the figure is the shape error
 * alone. Returns the best lag, its RMS and the sorted residuals (m).
 */
export function followErrorAfterBestLag(
  ticks: readonly FollowTick[],
  sent: readonly SentPosition[],
  clientToAgentNs: number,
  scale: number,
  maxLagMs = 400,
): { lagMs: number; rmsM: number; sortedM: number[] } {
  type V = [number, number, number];
  const masterAt = (cNs: number): V => {
    let lo = 0;
    let hi = sent.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (sent[mid]!.captureNs <= cNs) lo = mid;
      else hi = mid;
    }
    const x = sent[lo]!;
    const y = sent[hi]!;
    const u = Math.min(1, Math.max(0, (cNs - x.captureNs) / Math.max(1, y.captureNs - x.captureNs)));
    return [x.p[0] + u * (y.p[0] - x.p[0]), x.p[1] + u * (y.p[1] - x.p[1]), x.p[2] + u * (y.p[2] - x.p[2])];
  };
  const meas = ticks.map((t) => [t.msg.measured_cp.position.x, t.msg.measured_cp.position.y, t.msg.measured_cp.position.z] as V);
  const residuals = (lagNs: number): number[] => {
    const exp = ticks.map((t) => masterAt(t.msg.time_ns - clientToAgentNs - lagNs));
    const off = [0, 1, 2].map((k) => meas.reduce((acc, m, i) => acc + m[k]! - scale * exp[i]![k]!, 0) / meas.length);
    return meas.map((m, i) => Math.hypot(...([0, 1, 2].map((k) => m[k]! - off[k]! - scale * exp[i]![k]!) as V)));
  };
  const rms = (v: number[]): number => Math.sqrt(v.reduce((x, y) => x + y * y, 0) / v.length);
  let best = { lagMs: 0, rms: Infinity };
  for (let lagMs = 0; lagMs <= maxLagMs; lagMs += 2) {
    const r = rms(residuals(lagMs * 1e6));
    if (r < best.rms) best = { lagMs, rms: r };
  }
  return { lagMs: best.lagMs, rmsM: best.rms, sortedM: residuals(best.lagMs * 1e6).sort((x, y) => x - y) };
}
