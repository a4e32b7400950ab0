// The gateway without sockets: a client whose socket is backed up loses telemetry (counted) while the
// others get every message, and nothing waits for it.
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { decodeEnvelope, encodeEnvelope, farhand } from '@farhand/protocol';
import { createClock } from '../clock.js';
import { completeConfig } from '@farhand/loop';
import { loadConfig } from '../config/load.js';
import type { LoopHost } from '../loop/host.js';
import type { LoopStats, Snapshot } from '../loop/messages.js';
import { AgentMetrics } from '../metrics.js';
import { Gateway } from './gateway.js';

class FakeSocket extends EventEmitter {
  readonly OPEN = 1;
  readonly CLOSED = 3;
  readyState = 1;
  bufferedAmount = 0;
  binaryType = 'nodebuffer';
  readonly sent: Uint8Array[] = [];
  send(data: Uint8Array): void {
    this.sent.push(data);
  }
  close(): void {
    this.readyState = 3;
    this.emit('close', 1000, Buffer.from(''));
  }
  terminate(): void {
    this.close();
  }
  kinds(): string[] {
    return this.sent.map((b) => {
      const r = decodeEnvelope(b, { maxBytes: 1 << 20 });
      return r.ok ? r.kind : 'bad';
    });
  }
}

function setup() {
  const loaded = loadConfig({ argv: ['--token-observer', 'o'.repeat(20), '--token-surgeon', 's'.repeat(20)], env: {}, cwd: '/' });
  if (!loaded.ok) throw new Error(loaded.errors.join());
  const eff = completeConfig(loaded.config, () => 1);
  if (!eff.ok) throw new Error(eff.errors.join());
  const handed: unknown[] = [];
  let seq = 0;
  // The loop seen from the gateway: a queue of inputs with sequence numbers.
  const loop = {
    nextTick: 0,
    frame: (f: unknown) => (handed.push(f), seq++),
    clock: (c: unknown) => (handed.push(c), seq++),
    command: (c: unknown) => (handed.push(c), seq++),
    control: (c: unknown, masterKind?: unknown) => (handed.push(masterKind === undefined ? { control: c } : { control: c, masterKind }), seq++),
  } as unknown as LoopHost;
  const metrics = new AgentMetrics(1000);
  const gateway = new Gateway({
    config: eff.config,
    tokens: { surgeon: 's'.repeat(20), observer: 'o'.repeat(20), engineer: 'e'.repeat(20) },
    clock: createClock(),
    loop,
    recorder: null,
    metrics,
    log: pino({ level: 'silent' }),
    armIds: [0],
    rtc: { ok: false, reason: 'not under test here' },
  });
  const connect = (role: 'OBSERVER' | 'SURGEON', masterKind?: farhand.v1.MasterKind): FakeSocket => {
    const ws = new FakeSocket();
    gateway.handleConnection(ws as unknown as WebSocket, { socket: { remoteAddress: '127.0.0.1', remotePort: 1 } } as unknown as IncomingMessage);
    const token = role === 'OBSERVER' ? 'o'.repeat(20) : 's'.repeat(20);
    ws.emit('message', Buffer.from(encodeEnvelope({ hello: { protocol_major: 1, role: farhand.v1.Role[role], token, ...(masterKind !== undefined ? { master_kind: masterKind } : {}) } })), true);
    return ws;
  };
  return { gateway, metrics, connect, handed };
}

const pose = { position: [0, 0, -0.1] as [number, number, number], orientation: [0, 0, 0, 1] as [number, number, number, number] };
const snapshot: Snapshot = {
  k: 'snap',
  tick: 1,
  timeNs: 1e6,
  state: 'IDLE',
  reason: 'STARTUP',
  setpoint_cp: pose,
  jaw_setpoint_rad: 0,
  setpoint_js: [],
  lastAppliedSeq: -1,
  master_cp: null,
  motionScale: 0.2,
  masterKind: 'UNACTUATED',
  link: {
    rttS: NaN,
    oneWayDelayS: NaN,
    jitterS: 0,
    lossRatio: 0,
    playoutDelayS: 0.01,
    framesReceived: 0,
    framesLate: 0,
    framesDropped: 0,
    framesRefused: 0,
    framesRefusedJump: 0,
    framesLost: 0,
    frameRateHz: 0,
    clockOffsetS: 0,
    clockUncertaintyS: NaN,
    clockSynced: false,
    totalDelayS: 0.0105,
    filterDelayS: 0,
    tickDelayS: 0.0005,
    tremorFilterCausal: true,
  },
  measured_cp: pose,
  measured_js: [0, 0, 0.12, 0, 0, 0],
  jaw_measured_rad: 0,
  operating_state: 'ENABLED',
  controllerId: null,
  loop: { ticks: 1, overruns: 0, marginUs: 50, spinNs: 0, elapsedNs: 1e6, threadCpuS: 0 },
  samples: { periodNs: [], latenessNs: [], workNs: [] },
};
const stats: LoopStats = {
  ticks: 1,
  overruns: 0,
  periodErrorP50Us: 1,
  periodErrorP99Us: 2,
  periodErrorMaxUs: 3,
  latenessP99Us: 1,
  workP99Us: 10,
  workMaxUs: 20,
  marginUs: 50,
  spinFraction: 0.01,
  threadCpuS: 0,
  threadCpuFraction: 0.05,
};

describe('Gateway telemetry fan-out', () => {
  it('skips a client with a backed-up socket (counted) and sends everyone else every telemetry', async () => {
    const { gateway, metrics, connect } = setup();
    const fast = connect('OBSERVER');
    const slow = connect('OBSERVER');
    expect(fast.kinds()[0]).toBe('welcome');
    expect(slow.kinds()[0]).toBe('welcome');
    slow.bufferedAmount = 10 * 1024 * 1024;
    for (let i = 0; i < 10; i++) gateway.onSnapshot({ ...snapshot, tick: i }, stats);
    expect(fast.kinds().filter((k) => k === 'telemetry')).toHaveLength(10);
    expect(slow.kinds().filter((k) => k === 'telemetry')).toHaveLength(0);
    const m = await metrics.registry.metrics();
    const slowId = decodeEnvelope(slow.sent[0]!).ok ? (decodeEnvelope(slow.sent[0]!) as { message: farhand.v1.Welcome }).message.session_id : '';
    expect(m).toContain(`farhand_telemetry_dropped_total{session="${slowId}"} 10`);
    // Caught up, it gets telemetry again.
    slow.bufferedAmount = 0;
    gateway.onSnapshot(snapshot, stats);
    expect(slow.kinds().filter((k) => k === 'telemetry')).toHaveLength(1);
  });

  it('hands a controller frame to the loop stamped with its receive time; a disconnect releases control through the loop', () => {
    const { connect, handed } = setup();
    const s = connect('SURGEON');
    s.emit('message', Buffer.from(encodeEnvelope({ command: { id: 1, type: farhand.v1.CommandType.REQUEST_CONTROL } })), true);
    s.emit(
      'message',
      Buffer.from(
        encodeEnvelope({
          motion: { seq: 1, capture_time_ns: 5, position: { x: 0, y: 0, z: 0 }, orientation: { w: 1 }, operator_present: true },
        }),
      ),
      true,
    );
    const frame = handed.find((h) => (h as { frame?: unknown }).frame) as { frame: { seq: number }; receiveTimeNs: number; sourceId: string };
    expect(frame.frame.seq).toBe(1);
    expect(frame.receiveTimeNs).toBeGreaterThan(0);
    s.close();
    expect(handed.filter((h) => (h as { control?: unknown }).control !== undefined).map((h) => (h as { control: unknown }).control)).toEqual([frame.sourceId, null]);
  });

  it("hands the controller's master kind (from its Hello) to the loop with the control change; unspecified is UNACTUATED", () => {
    for (const [kind, want] of [[undefined, 'UNACTUATED'], [farhand.v1.MasterKind.UNACTUATED, 'UNACTUATED'], [farhand.v1.MasterKind.ACTUATED, 'ACTUATED']] as const) {
      const { connect, handed } = setup();
      const s = connect('SURGEON', kind);
      s.emit('message', Buffer.from(encodeEnvelope({ command: { id: 1, type: farhand.v1.CommandType.REQUEST_CONTROL } })), true);
      const c = handed.find((h) => (h as { control?: unknown }).control !== undefined) as { control: string; masterKind: string };
      expect(c.masterKind).toBe(want);
    }
  });

  it('answers every Command of a flood: the ones over the message rate get a RATE_LIMITED ack, an e-stop still reaches the loop', () => {
    const { connect, handed } = setup();
    const s = connect('SURGEON');
    s.emit('message', Buffer.from(encodeEnvelope({ command: { id: 0, type: farhand.v1.CommandType.REQUEST_CONTROL } })), true);
    const n = 5000;
    for (let i = 1; i <= n; i++) s.emit('message', Buffer.from(encodeEnvelope({ command: { id: i, type: farhand.v1.CommandType.DISENGAGE } })), true);
    s.emit('message', Buffer.from(encodeEnvelope({ command: { id: n + 1, type: farhand.v1.CommandType.ESTOP } })), true);
    const toLoop = new Set(handed.map((h) => (h as { id?: number; type?: string }).id).filter((id) => id !== undefined));
    const acks = s.sent.map((b) => decodeEnvelope(b)).flatMap((r) => (r.ok && r.kind === 'ack' && Number(r.message.id) > 0 ? [r.message as farhand.v1.CommandAck] : []));
    expect(acks.length).toBeGreaterThan(0); // the flood was over the limit
    for (const a of acks) expect(a.reason).toMatch(/^RATE_LIMITED: /);
    const acked = new Set(acks.map((a) => Number(a.id)));
    for (let i = 1; i <= n; i++) expect(toLoop.has(i) !== acked.has(i)).toBe(true); // exactly one answer each
    expect(toLoop.has(n + 1)).toBe(true);
  });
});
