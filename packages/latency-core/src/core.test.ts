import { describe, expect, it } from 'vitest';
import { TeleopCore } from './core.js';
import { coreConfig } from './config.js';
import { Harness, HOME_POSE } from './testing/harness.js';
import type { CoreOutput, Vec3 } from './types.js';

function dist(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/** Largest distance between consecutive setpoints over n ticks (and the last output). */
function watch(h: Harness, n: number, each?: (o: CoreOutput) => void): { maxStepM: number } {
  let prev = h.last.setpoint_cp.position;
  let maxStepM = 0;
  for (let i = 0; i < n; i++) {
    const o = h.tick();
    maxStepM = Math.max(maxStepM, dist(o.setpoint_cp.position, prev));
    prev = o.setpoint_cp.position;
    each?.(o);
  }
  return { maxStepM };
}

function engaged(opts: ConstructorParameters<typeof Harness>[0] = {}): Harness {
  const h = new Harness(opts);
  h.run(0.5);
  const id = h.command('ENGAGE');
  h.tick();
  expect(h.ackFor(id)).toMatchObject({ ok: true, reason: '' });
  return h;
}

/** Exact-value tests run without the tremor filter (a hand STEP makes a band-stop ring for ~1 s). */
const NO_TREMOR = { mapping: { tremor: { enabled: false } } };

describe('TeleopCore', () => {
  it('refuses a bad construction with a clear error', () => {
    const arm = new Harness().reading();
    expect(() => new TeleopCore(coreConfig({}), { nowNs: 0, arm: { ...arm, measured_cp: { position: [NaN, 0, 0], orientation: [0, 0, 0, 1] } } })).toThrow(/needs a valid first arm reading: measured_cp: expected 3 finite numbers/);
    expect(() => new TeleopCore({ ...coreConfig({}), staleLinkTimeoutS: -1 }, { nowNs: 0, arm })).toThrow(/staleLinkTimeoutS: -1 is not accepted/);
  });

  it('follows the hand, scaled by 0.2, delayed by the playout delay; every tick commands servo_cp', () => {
    const h = engaged({ delayS: 0.05, config: NO_TREMOR });
    const start = h.last.setpoint_cp.position;
    h.hand.position = [h.hand.position[0] + 0.005, h.hand.position[1], h.hand.position[2]];
    h.run(0.04);
    expect(dist(h.last.setpoint_cp.position, start)).toBeLessThan(1e-12); // not yet: the frame is in flight
    h.run(0.5);
    expect(h.last.setpoint_cp.position[0] - start[0]).toBeCloseTo(0.001, 9);
    expect(h.last.command).toEqual({ kind: 'servo_cp', pose: h.last.setpoint_cp, jaw_rad: h.last.jaw_setpoint_rad });
    expect(h.last.link.clockSynced).toBe(true);
    expect(h.last.link.oneWayDelayS).toBeCloseTo(0.05, 2);
    expect(h.last.link.rttS).toBeCloseTo(0.1, 3);
    expect(h.last.link.clockOffsetS).toBeCloseTo(3 * 3600, 3);
    expect(h.last.link.playoutDelayS).toBeGreaterThan(0.05);
    expect(h.last.link.playoutDelayS).toBeLessThan(0.07);
    expect(h.last.link.frameRateHz).toBeCloseTo(100, -1);
    expect(h.last.lastAppliedSeq).toBeGreaterThan(0);
    expect(h.last.master_cp!.position[0]).toBeCloseTo(h.hand.position[0], 12);
  });

  it('clutch: the tool holds while the hand moves; on release it continues from there (no jump)', () => {
    const h = engaged();
    h.hand.clutch = true;
    expect(h.until((o) => o.state === 'CLUTCHED', 1)).toBe(true);
    const held = h.last.setpoint_cp.position;
    for (let i = 0; i < 50; i++) {
      h.hand.position = [h.hand.position[0] + 0.001, h.hand.position[1], h.hand.position[2]];
      h.tick(10);
    }
    expect(dist(h.last.setpoint_cp.position, held)).toBeLessThan(1e-12);
    h.hand.clutch = false;
    expect(h.until((o) => o.state === 'FOLLOWING', 1)).toBe(true);
    // The hand is still after the release: the tool does not move at all (the tremor filter restarts
    // at the played pose, so its lag over the clutched motion is not replayed).
    const w = watch(h, 300);
    expect(w.maxStepM).toBeLessThan(1e-12);
    h.hand.position = [h.hand.position[0] + 0.01, h.hand.position[1], h.hand.position[2]];
    h.run(1.5);
    expect(h.last.setpoint_cp.position[0] - held[0]).toBeCloseTo(0.002, 5);
  });

  it('SET_SCALE from a session other than the controller (an engineer the agent authorised) is applied', () => {
    const h = new Harness();
    const id = h.command('SET_SCALE', { sourceId: 'engineer', scale: 0.5 });
    const out = h.tick();
    expect(h.ackFor(id)).toEqual({ id, sourceId: 'engineer', type: 'SET_SCALE', ok: true, reason: '' });
    expect(out.motionScale).toBe(0.5);
  });

  it('SET_SCALE while following re-anchors: no jump, new ratio from there', () => {
    const h = engaged({ config: NO_TREMOR });
    h.hand.position = [h.hand.position[0] + 0.01, h.hand.position[1], h.hand.position[2]];
    h.run(0.5);
    const before = h.last.setpoint_cp.position;
    h.command('SET_SCALE', { scale: 1 });
    expect(watch(h, 200).maxStepM).toBeLessThan(1e-12);
    h.hand.position = [h.hand.position[0] + 0.01, h.hand.position[1], h.hand.position[2]];
    h.run(0.5);
    expect(h.last.setpoint_cp.position[0] - before[0]).toBeCloseTo(0.01, 9);
    expect(h.last.motionScale).toBe(1);
  });

  it('controller change: decelerates to rest within the stop time, then needs a fresh ENGAGE', () => {
    const h = engaged();
    // Move the hand fast so the tool moves at its speed limit.
    for (let i = 0; i < 30; i++) {
      h.hand.position = [h.hand.position[0] + 0.015, h.hand.position[1], h.hand.position[2]];
      h.tick(10);
    }
    h.controller = 'observer-1';
    const t0 = h.nowNs;
    let restAt = NaN;
    let prev = h.last.setpoint_cp.position;
    let prevV = Infinity;
    for (let i = 0; i < 600; i++) {
      const o = h.tick();
      const v = dist(o.setpoint_cp.position, prev) * 1000;
      expect(v).toBeLessThanOrEqual(prevV + 1e-9); // only ever slowing down
      if (v === 0 && Number.isNaN(restAt)) restAt = h.nowNs;
      prev = o.setpoint_cp.position;
      prevV = v;
    }
    expect(h.state).toBe('IDLE');
    expect(h.last.reason).toBe('CONTROLLER_CHANGED');
    expect((restAt - t0) * 1e-9).toBeLessThanOrEqual(h.config.limits.stopTimeS);
    // The old controller's frames and commands are refused; the new one must engage afresh.
    expect(h.last.link.framesRefused).toBeGreaterThan(0);
    const id = h.command('ENGAGE');
    h.tick();
    expect(h.ackFor(id)!.reason).toMatch(/^LINK_STALE: /); // observer-1 sends no frames
  });

  it('HOME stops (decelerates to rest) when the console that asked for it loses control', () => {
    const h = new Harness({ tool: { position: [0.03, 0, -0.13], orientation: HOME_POSE.orientation } });
    h.run(0.2);
    const id = h.command('HOME');
    h.tick();
    expect(h.ackFor(id)).toMatchObject({ ok: true });
    h.run(0.05);
    h.controller = null; // the surgeon's console disconnects mid-homing
    h.run(h.config.limits.stopTimeS + 0.1);
    const rest = h.last.setpoint_cp.position;
    h.run(1);
    expect(h.last.setpoint_cp.position).toEqual(rest);
    expect(dist(rest, HOME_POSE.position)).toBeGreaterThan(0.005);
    expect(h.hasEvent('HOMED')).toBe(false);
    expect(h.events.some((e) => e.code === 'CONTROLLER_CHANGED' && /Homing stopped/.test(e.message))).toBe(true);
  });

  it('a client that never answers probes still follows; one-way delay is unknown (NaN)', () => {
    const h = engaged({ probeRateHz: 0, delayS: 0.12, config: NO_TREMOR });
    expect(h.state).toBe('FOLLOWING');
    h.hand.position = [h.hand.position[0] + 0.01, h.hand.position[1], h.hand.position[2]];
    h.run(0.5);
    expect(h.last.link.oneWayDelayS).toBeNaN();
    expect(h.last.link.clockSynced).toBe(false);
    expect(h.last.link.clockUncertaintyS).toBeNaN();
    // Offset from frames = true offset + min delay; playout delay = the excess (0 here) + margin, bounded.
    expect(h.last.link.clockOffsetS).toBeCloseTo(3 * 3600 + 0.12, 3);
    expect(h.last.link.playoutDelayS).toBeCloseTo(0.0105, 3);
    expect(h.state).toBe('FOLLOWING');
    expect(h.last.setpoint_cp.position[0] - HOME_POSE.position[0]).toBeCloseTo(0.002, 9);
  });

  it('a dropped hand controller (dead-man released with an impossible pose): holds for OPERATOR_ABSENT at once, not after the link goes stale', () => {
    const h = engaged({ delayS: 0.05 });
    h.hand.position = [h.hand.position[0] + 0.5, h.hand.position[1] - 0.5, h.hand.position[2]];
    h.hand.operatorPresent = false;
    const t0 = h.nowNs;
    expect(h.until((o) => o.state !== 'FOLLOWING', 1)).toBe(true);
    expect(h.last.reason).toBe('OPERATOR_ABSENT');
    expect(h.hasEvent('MASTER_JUMP')).toBe(true);
    // The first absent frame arrives after the 50 ms link delay; LINK_STALE would take the playout delay + 100 ms.
    expect((h.nowNs - t0) * 1e-9).toBeLessThan(0.065);
  });

  it('one frame stamped far in the future is refused and does not stall the frames after it', () => {
    const h = engaged({ delayS: 0.05 });
    h.run(3); // the frame clock's envelope spans its buckets
    const f = h.frameNow();
    h.inject({ frame: { ...f, captureTimeNs: f.captureTimeNs + 1000e9 }, receiveTimeNs: h.nowNs, sourceId: 'surgeon' });
    const states = new Set<string>();
    for (let i = 0; i < 1000; i++) states.add(h.tick().state);
    expect(h.hasEvent('FRAME_INVALID')).toBe(true);
    expect([...states]).toEqual(['FOLLOWING']);
  });

  it('operator absent: hold; present again: resumes from a re-anchored pose without a jump', () => {
    const h = engaged();
    h.hand.operatorPresent = false;
    h.hand.position = [h.hand.position[0] + 0.01, h.hand.position[1], h.hand.position[2]];
    expect(h.until((o) => o.state === 'HOLDING', 1)).toBe(true);
    const held = h.last.setpoint_cp.position;
    h.run(0.5);
    expect(dist(h.last.setpoint_cp.position, held)).toBeLessThan(1e-6);
    h.hand.operatorPresent = true;
    expect(h.until((o) => o.state === 'FOLLOWING', 2)).toBe(true);
    expect(h.last.reason).toBe('RESUMED');
    expect(watch(h, 300).maxStepM).toBeLessThan(1e-12);
  });

  it('a step up in delay costs a short extrapolation, not a hold', () => {
    const h = engaged({ delayS: 0.05 });
    h.run(1);
    h.delayS = 0.09; // +40 ms at once
    let states = new Set<string>();
    watch(h, 3000, (o) => states.add(o.state));
    expect([...states]).toEqual(['FOLLOWING']);
    expect(h.last.link.framesLate).toBeGreaterThan(0);
    expect(h.last.link.playoutDelayS).toBeGreaterThan(0.09);
    states = new Set();
  });

  it('disabled arm: the setpoint follows the measured pose; enabling it again cannot jump', () => {
    const h = engaged();
    h.arm.state = 'DISABLED';
    h.tick();
    expect(h.state).toBe('IDLE');
    h.measured = { position: [0.05, 0.05, -0.12], orientation: h.measured.orientation };
    h.tick();
    expect(h.last.setpoint_cp.position).toEqual([0.05, 0.05, -0.12]);
    h.arm.state = 'ENABLED';
    expect(watch(h, 200).maxStepM).toBe(0);
    expect(h.state).toBe('IDLE');
  });

  it('acks every command, in order, with its id and source', () => {
    const h = new Harness();
    h.run(0.3);
    const ids = [h.command('CLUTCH', { flag: true }), h.command('CLUTCH', { flag: false }), h.command('DISENGAGE'), h.command('RESET_FAULT'), h.command('ESTOP'), h.command('RESET_FAULT')];
    h.tick();
    expect(h.last.acks.map((a) => a.id)).toEqual(ids);
    expect(h.last.acks.every((a) => a.ok && a.sourceId === 'surgeon')).toBe(true);
    expect(h.state).toBe('IDLE');
    expect(h.last.events.map((e) => e.code)).toEqual(['ESTOP', 'RESET']);
    expect(h.last.events[0]!.severity).toBe('CRITICAL');
  });

  it('garbage inputs never throw and never move the arm', () => {
    const h = engaged();
    const sp = h.last.setpoint_cp.position;
    const out = h.core.step({
      nowNs: h.nowNs + 1e6,
      frames: [null as never, { frame: null as never, receiveTimeNs: 0, sourceId: 'surgeon' }, { frame: { ...h.frameNow(), orientation: [0, 0, 0, 0] }, receiveTimeNs: NaN, sourceId: 'surgeon' }],
      clockSamples: [null as never, { sourceId: 'surgeon', agentOriginated: true, t0Ns: NaN, t1Ns: 0, t2Ns: 0, t3Ns: 0 }],
      commands: [null as never, { id: 5, sourceId: 'surgeon', type: 'SET_SCALE', scale: NaN }],
      controllerId: 'surgeon',
      arm: h.reading(),
    });
    expect(out.link.framesRefused).toBeGreaterThanOrEqual(2);
    expect(out.acks).toEqual([{ id: 5, sourceId: 'surgeon', type: 'SET_SCALE', ok: false, reason: expect.stringMatching(/^SCALE_OUT_OF_RANGE: /) }]);
    expect(dist(out.setpoint_cp.position, sp)).toBeLessThan(1e-3);
  });
});
