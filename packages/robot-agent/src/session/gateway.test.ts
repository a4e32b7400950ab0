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
import type { RecorderHost } from '@farhand/recording';
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
  pings = 0;
  ping(): void {
    this.pings++;
  }
  kinds(): string[] {
    return this.sent.map((b) => {
      const r = decodeEnvelope(b, { maxBytes: 1 << 20 });
      return r.ok ? r.kind : 'bad';
    });
  }
}

function setup(argv: string[] = [], frozenClock = false, env: Record<string, string> = {}) {
  const loaded = loadConfig({ argv: ['--token-observer', 'o'.repeat(20), '--token-surgeon', 's'.repeat(20), '--token-engineer', 'e'.repeat(20), ...argv], env, cwd: '/' });
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
  const recorded: Array<Record<string, unknown>> = [];
  const recorder = { send: (r: Record<string, unknown>) => recorded.push(r), failure: null, bytes: 0 } as unknown as RecorderHost;
  // The agent clock, which a test may move forward (skip) to see what happens a second later.
  const real = createClock();
  let skippedNs = 0;
  const frozenAtNs = real.nowNs();
  const clock = {
    originHrNs: real.originHrNs,
    nowNs: () => (frozenClock ? frozenAtNs : real.nowNs()) + skippedNs,
    skip: (s: number) => void (skippedNs += s * 1e9),
  };
  const gateway = new Gateway({
    config: eff.config,
    tokens: { surgeon: 's'.repeat(20), observer: 'o'.repeat(20), engineer: 'e'.repeat(20) },
    clock,
    loop,
    recorder,
    metrics,
    log: pino({ level: 'silent' }),
    armIds: [0],
    rtc: { ok: false, reason: 'not under test here' },
  });
  /** A socket that has not said Hello yet. */
  const open = (address = '127.0.0.1'): FakeSocket => {
    const ws = new FakeSocket();
    gateway.handleConnection(ws as unknown as WebSocket, { socket: { remoteAddress: address, remotePort: 1 } } as unknown as IncomingMessage);
    return ws;
  };
  const hello = (ws: FakeSocket, role: 'OBSERVER' | 'SURGEON' | 'ENGINEER', masterKind?: farhand.v1.MasterKind): FakeSocket => {
    const token = role === 'OBSERVER' ? 'o'.repeat(20) : role === 'SURGEON' ? 's'.repeat(20) : 'e'.repeat(20);
    ws.emit('message', Buffer.from(encodeEnvelope({ hello: { protocol_major: 1, role: farhand.v1.Role[role], token, ...(masterKind !== undefined ? { master_kind: masterKind } : {}) } })), true);
    return ws;
  };
  const connect = (role: 'OBSERVER' | 'SURGEON' | 'ENGINEER', address = '127.0.0.1', masterKind?: farhand.v1.MasterKind): FakeSocket => hello(open(address), role, masterKind);
  return { gateway, metrics, connect, open, hello, handed, recorded, loop, clock };
}

/** Decoded messages of one kind a fake socket was sent. */
function sentOf<K extends 'ack' | 'event' | 'reject' | 'welcome'>(ws: FakeSocket, kind: K): Array<Record<string, unknown>> {
  return ws.sent.flatMap((b) => {
    const r = decodeEnvelope(b, { maxBytes: 1 << 20 });
    return r.ok && r.kind === kind ? [r.message as unknown as Record<string, unknown>] : [];
  });
}

const cmd = (id: number, type: keyof typeof farhand.v1.CommandType): Buffer => Buffer.from(encodeEnvelope({ command: { id, type: farhand.v1.CommandType[type] } }));

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

  it('a frame the loop cannot take (its input ring full) is refused as LOOP_BUSY: recorded, told, never applied', () => {
    const { connect, loop, recorded, metrics } = setup();
    const s = connect('SURGEON');
    s.emit('message', cmd(1, 'REQUEST_CONTROL'), true);
    (loop as unknown as { frame: () => number }).frame = () => -1;
    s.emit('message', Buffer.from(encodeEnvelope({ motion: { seq: 1, capture_time_ns: 5, position: { x: 0, y: 0, z: 0 }, orientation: { w: 1 }, operator_present: true } })), true);
    const rec = recorded.filter((r) => r.k === 'frame');
    expect(rec).toHaveLength(1);
    expect(rec[0]).toMatchObject({ seq: -1, refused: true });
    expect(String(rec[0]!.refuseReason)).toMatch(/^LOOP_BUSY: the control loop is not taking inputs fast enough/);
    expect(sentOf(s, 'event').map((e) => e.code)).toContain('FRAME_REFUSED');
    return metrics.registry.getSingleMetricAsString('farhand_frames_refused_total').then((m) => expect(m).toMatch(/reason="LOOP_BUSY"} 1/));
  });

  it("hands the controller's master kind (from its Hello) to the loop with the control change; unspecified is UNACTUATED", () => {
    for (const [kind, want] of [[undefined, 'UNACTUATED'], [farhand.v1.MasterKind.UNACTUATED, 'UNACTUATED'], [farhand.v1.MasterKind.ACTUATED, 'ACTUATED']] as const) {
      const { connect, handed, recorded } = setup();
      const s = connect('SURGEON', '127.0.0.1', kind);
      s.emit('message', Buffer.from(encodeEnvelope({ command: { id: 1, type: farhand.v1.CommandType.REQUEST_CONTROL } })), true);
      const c = handed.find((h) => (h as { control?: unknown }).control !== undefined) as { control: string; masterKind: string };
      expect(c.masterKind).toBe(want);
      // ... and the recording's control record says it (RecordedControl.master_kind), for replay.
      expect(recorded.filter((r) => r.k === 'control').map((r) => r.masterKind)).toEqual([want]);
    }
  });

  it('answers a Command flood within the ack budget: the excess is neither queued nor echoed (counted), an e-stop still reaches the loop', async () => {
    const { connect, handed, metrics } = setup([], true);
    const s = connect('SURGEON');
    s.emit('message', cmd(0, 'REQUEST_CONTROL'), true);
    const n = 5000;
    for (let i = 1; i <= n; i++) s.emit('message', cmd(i, 'DISENGAGE'), true);
    s.emit('message', cmd(n + 1, 'ESTOP'), true);
    const toLoop = new Set(handed.map((h) => (h as { id?: number; type?: string }).id).filter((id) => id !== undefined));
    const acks = sentOf(s, 'ack').filter((a) => Number(a.id) > 0);
    expect(acks.length).toBeGreaterThan(0); // the flood was over the limit
    for (const a of acks) expect(a.reason).toMatch(/^RATE_LIMITED: /);
    // Bounded: at most the burst of limits.maxAckRateHz (50) in this instant; the rest counted.
    expect(acks.length).toBeLessThanOrEqual(50);
    const acked = new Set(acks.map((a) => Number(a.id)));
    for (let i = 1; i <= n; i++) expect(toLoop.has(i) && acked.has(i)).toBe(false); // never both
    expect(toLoop.has(n + 1)).toBe(true);
    expect(await metrics.registry.metrics()).toMatch(/farhand_acks_suppressed_total \d{3,}/);
  });
});

describe('Gateway admission', () => {
  it('keeps un-Hello\'d sockets in their own pool: 40 squatters from the surgeon\'s own address cannot keep the surgeon out', () => {
    const { gateway, open, hello } = setup(['--max-pending', '16'], false, { FARHAND_MAX_PENDING_PER_ADDRESS: '8' });
    const squatters: FakeSocket[] = [];
    for (let i = 0; i < 40; i++) squatters.push(open());
    // Per address (8) and in total (16): the oldest were evicted with a Reject saying why.
    expect(gateway.pending.size).toBe(8);
    expect(sentOf(squatters[0]!, 'reject')[0]!.reason).toMatch(/^HANDSHAKE_TIMEOUT: too many sockets are waiting to say Hello \(limits\.maxPendingPerAddress\)/);
    expect(squatters[0]!.readyState).toBe(3);
    const surgeon = hello(open(), 'SURGEON');
    expect(sentOf(surgeon, 'welcome')).toHaveLength(1);
    // The squatters never counted against maxClients.
    expect(gateway.clientCount).toBe(1);
    // Other addresses share the total pool: the oldest anywhere goes first.
    for (let i = 0; i < 20; i++) open(`10.0.0.${i}`);
    expect(gateway.pending.size).toBe(16);
  });

  it('reserves client slots for the surgeon and the bedside: engineers cannot fill them', () => {
    const { gateway, connect } = setup(['--max-clients', '6']);
    const engineers = Array.from({ length: 6 }, () => connect('ENGINEER'));
    // 6 - 2 (surgeon) - 2 (bedside) = 2 shared slots.
    expect(engineers.filter((e) => sentOf(e, 'welcome').length === 1)).toHaveLength(2);
    const refused = sentOf(engineers[2]!, 'reject')[0]!;
    expect(refused.code).toBe(farhand.v1.RejectCode.TOO_MANY_CLIENTS);
    expect(refused.reason).toBe('TOO_MANY_CLIENTS: the agent has 2 clients, its limit (maxClients 6, of which 2 kept for surgeons and 2 for the bedside); close another page and retry.');
    expect(sentOf(connect('SURGEON'), 'welcome')).toHaveLength(1);
    expect(sentOf(connect('OBSERVER'), 'welcome')).toHaveLength(1);
    expect(sentOf(connect('OBSERVER'), 'welcome')).toHaveLength(1);
    expect(sentOf(connect('SURGEON'), 'welcome')).toHaveLength(1);
    expect(gateway.clientCount).toBe(6);
    expect(sentOf(connect('SURGEON'), 'reject')).toHaveLength(1);
  });
});

describe('Gateway e-stop flood', () => {
  it('queues one e-stop, coalesces the rest while it is queued or the arm is e-stopped (acks bounded, recorded once a second with a count)', () => {
    const { gateway, connect, handed, recorded, clock } = setup([], true);
    const o = connect('OBSERVER');
    for (let i = 1; i <= 3000; i++) o.emit('message', cmd(i, 'ESTOP'), true);
    const estops = handed.filter((h) => (h as { type?: string }).type === 'ESTOP');
    expect(estops).toHaveLength(1);
    // The core acks it; the snapshot says e-stopped: still coalesced.
    gateway.onCoreAcks([{ id: 1, sourceId: (estops[0] as { sourceId: string }).sourceId, type: 'ESTOP', ok: true, reason: '' }], 5);
    gateway.onSnapshot({ ...snapshot, tick: 6, timeNs: clock.nowNs(), state: 'ESTOPPED' }, stats);
    for (let i = 3001; i <= 4000; i++) o.emit('message', cmd(i, 'ESTOP'), true);
    expect(handed.filter((h) => (h as { type?: string }).type === 'ESTOP')).toHaveLength(1);
    const acks = sentOf(o, 'ack');
    expect(acks.length).toBeLessThanOrEqual(51);
    expect(acks[1]!.reason).toMatch(/^ESTOP_COALESCED: /);
    expect(acks[1]!.ok).toBe(true);
    // One command record for the coalesced ones so far; the count comes in the summary after the second.
    const coalescedRecords = recorded.filter((r) => r.k === 'command' && /COALESCED/.test(String((r.ack as { reason: string }).reason)));
    expect(coalescedRecords).toHaveLength(1);
    clock.skip(1.1);
    gateway.housekeeping();
    const summary = recorded.filter((r) => r.k === 'event' && (r.event as { code: string }).code === 'ESTOP_COALESCED');
    expect(summary).toHaveLength(1);
    expect((summary[0]!.event as { message: string }).message).toMatch(/^3998 more e-stops from session c-\S+ within 1\.00 s were coalesced: the arm was already e-stopped or an e-stop was queued/);
    // Memory stays flat: nothing per e-stop is kept.
    expect(recorded.length).toBeLessThan(10);
  });

  it('queues an e-stop sent after a reset, even while the last snapshot still says e-stopped', () => {
    const { gateway, connect, handed, clock } = setup([], true);
    const o = connect('OBSERVER');
    gateway.onSnapshot({ ...snapshot, tick: 10, timeNs: clock.nowNs(), state: 'ESTOPPED' }, stats);
    o.emit('message', cmd(1, 'ESTOP'), true);
    expect(handed.filter((h) => (h as { type?: string }).type === 'ESTOP')).toHaveLength(0);
    o.emit('message', cmd(2, 'RESET_FAULT'), true);
    o.emit('message', cmd(3, 'ESTOP'), true);
    expect(handed.filter((h) => (h as { type?: string }).type === 'ESTOP')).toHaveLength(1);
    // The reset is acked at tick 11: a snapshot of tick 11 or before does not vouch for the e-stopped state.
    const src = (handed[0] as { sourceId: string }).sourceId;
    gateway.onCoreAcks([{ id: 2, sourceId: src, type: 'RESET_FAULT', ok: true, reason: '' }, { id: 3, sourceId: src, type: 'ESTOP', ok: true, reason: '' }], 11);
    gateway.onSnapshot({ ...snapshot, tick: 11, timeNs: clock.nowNs(), state: 'ESTOPPED' }, stats);
    o.emit('message', cmd(4, 'ESTOP'), true);
    expect(handed.filter((h) => (h as { type?: string }).type === 'ESTOP')).toHaveLength(2);
  });
});

describe('Gateway refusals in the recording', () => {
  it('records the first refused frame per sender and reason each second, and one summary with the count', () => {
    const { gateway, connect, recorded, clock } = setup(['--max-frame-rate', '10000'], true);
    const observers = [connect('OBSERVER'), connect('OBSERVER')];
    const frame = Buffer.from(encodeEnvelope({ motion: { seq: 1, capture_time_ns: 5, position: { x: 0, y: 0, z: 0 }, orientation: { w: 1 }, operator_present: true } }));
    for (const o of observers) for (let i = 0; i < 500; i++) o.emit('message', frame, true);
    expect(recorded.filter((r) => r.k === 'frame')).toHaveLength(2);
    clock.skip(1.5);
    gateway.housekeeping();
    const summaries = recorded.filter((r) => r.k === 'event' && (r.event as { code: string }).code === 'REFUSALS_SUMMARY').map((r) => (r.event as { message: string }).message);
    expect(summaries).toHaveLength(2);
    // 200 pass the message rate (its burst; the clock is frozen): 1 recorded, 198 summarised.
    expect(summaries[0]).toMatch(/^198 more motion frames from session c-\S+ within 1\.00 s were refused for NOT_CONTROLLER \(counted, not recorded one by one\)\.$/);
  });
});

describe('Gateway keepalive', () => {
  it('takes control from a controller silent past limits.controllerSilenceS (KEEPALIVE_TIMEOUT); the loop is told nobody controls', () => {
    const { gateway, connect, handed, clock } = setup(['--controller-silence', '0.5'], true);
    const s = connect('SURGEON');
    const o = connect('OBSERVER');
    s.emit('message', cmd(1, 'REQUEST_CONTROL'), true);
    expect(gateway.lock.holder).not.toBeNull();
    clock.skip(0.4);
    gateway.housekeeping();
    expect(gateway.lock.holder).not.toBeNull();
    clock.skip(0.2);
    gateway.housekeeping();
    expect(gateway.lock.holder).toBeNull();
    expect(handed.filter((h) => (h as { control?: unknown }).control !== undefined).map((h) => (h as { control: unknown }).control)[1]).toBeNull();
    const lost = sentOf(o, 'event').filter((e) => e.code === 'CONTROL_LOST');
    expect(lost).toHaveLength(1);
    expect(lost[0]!.message).toMatch(/sent nothing for 0\.5 s while holding control \(KEEPALIVE_TIMEOUT\); the arm holds and nobody holds control\.$/);
  });

  it('pings every client and closes one that does not answer within limits.pongTimeoutS; a pong keeps it', () => {
    const { gateway, connect, clock } = setup(['--pong-timeout', '2'], true);
    const answers = connect('OBSERVER');
    const silent = connect('OBSERVER');
    clock.skip(1);
    gateway.housekeeping();
    expect(silent.pings).toBe(1);
    for (let i = 0; i < 3; i++) {
      answers.emit('pong');
      clock.skip(1);
      gateway.housekeeping();
    }
    expect(silent.readyState).toBe(3);
    expect(answers.readyState).toBe(1);
    expect(answers.pings).toBeGreaterThanOrEqual(2);
  });
});
