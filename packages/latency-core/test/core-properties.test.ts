// Property tests of the whole core: random hand motion, random link impairment (delay 0-400 ms,
// jitter, loss up to 30 % in bursts, reordering, duplicates, outages up to 2 s, clock offset and
// drift), random commands, operator presence, clutch, control lock and arm faults. Invariants checked
// on every tick:
//   1. every setpoint is inside the workspace;
//   2. linear / angular speed and acceleration never above the limits, jaw rate never above its limit
//      (so no jump between consecutive setpoints);
//   3. after a hold (stale link or any other stop) the arm is at rest within the configured stop time;
//   4. no motion without operator present and the control lock: never FOLLOWING, only slowing down,
//      and at rest within the stop time;
//   5. fault and e-stop stay latched until a RESET_FAULT is accepted.
// (1-4 are checked while the arm is enabled: a faulted or disabled arm is not servoed, and the core
// then holds the setpoint on its measured pose, so that enabling it again cannot jump.)
// Bounded in the suite (2,500 cases, ~25 s); FARHAND_LONG=1 runs 40,000 with a random seed
// (FARHAND_SEED=n replays one).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coreConfig } from '../src/config.js';
import { workspaceDistance } from '../src/limiters.js';
import { qConj, qMul, qToRotVec } from '../src/math/quat.js';
import { runScenario, type ScenarioCommand } from '../src/testing/scenario.js';
import { randomHand } from '../src/testing/motion.js';
import { HOME_POSE } from '../src/testing/harness.js';
import type { CoreCommandType, Pose, SupervisorState, Vec3 } from '../src/types.js';

const LONG = process.env.FARHAND_LONG === '1';
const CONFIG = coreConfig({});
const L = CONFIG.limits;
const STOP_NS = L.stopTimeS * 1e9 + 2e6; // plus two ticks of discretisation

type Toggle = { atS: number; kind: 'absent' | 'present' | 'clutch' | 'unclutch' | 'lockLost' | 'lockBack' | 'armFault' | 'armOk' };

const impairment = fc.record({
  baseDelayS: fc.double({ min: 0, max: 0.4, noNaN: true }),
  jitterS: fc.double({ min: 0, max: 0.06, noNaN: true }),
  loss: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.3, noNaN: true })),
  burstLen: fc.integer({ min: 1, max: 25 }),
  duplicate: fc.double({ min: 0, max: 0.05, noNaN: true }),
  spikeProb: fc.double({ min: 0, max: 0.05, noNaN: true }),
  spikeS: fc.double({ min: 0, max: 0.3, noNaN: true }),
  outages: fc.array(fc.record({ startS: fc.double({ min: 0.3, max: 3, noNaN: true }), durationS: fc.double({ min: 0.01, max: 2, noNaN: true }) }), { maxLength: 2 }),
  outageMode: fc.constantFrom('drop' as const, 'hold' as const),
});

const caseArb = fc.record({
  seed: fc.integer({ min: 1, max: 0x7fffffff }),
  durationS: fc.double({ min: 1.2, max: 4, noNaN: true }),
  frameRateHz: fc.constantFrom(60, 100, 100, 250, 500, 1000),
  up: impairment,
  down: impairment,
  offsetS: fc.double({ min: -36000, max: 36000, noNaN: true }),
  driftPpm: fc.double({ min: -200, max: 200, noNaN: true }),
  probeRateHz: fc.constantFrom(0, 2, 10, 10),
  amplitudeM: fc.double({ min: 0.002, max: 0.4, noNaN: true }),
  rotationRad: fc.double({ min: 0, max: 1.2, noNaN: true }),
  tickJitterS: fc.double({ min: 0, max: 0.0004, noNaN: true }),
  engageAtS: fc.double({ min: 0.1, max: 0.8, noNaN: true }),
  commands: fc.array(
    fc.record({
      atS: fc.double({ min: 0, max: 4, noNaN: true }),
      type: fc.constantFrom<CoreCommandType>('ENGAGE', 'ENGAGE', 'DISENGAGE', 'ESTOP', 'RESET_FAULT', 'RESET_FAULT', 'CLUTCH', 'SET_SCALE', 'HOME'),
      flag: fc.boolean(),
      scale: fc.double({ min: 0.05, max: 1.2, noNaN: true }),
      other: fc.boolean(),
    }),
    { maxLength: 6 },
  ),
  toggles: fc.array(fc.record({ atS: fc.double({ min: 0, max: 4, noNaN: true }), kind: fc.constantFrom<Toggle['kind']>('absent', 'present', 'clutch', 'unclutch', 'lockLost', 'lockBack', 'armFault', 'armOk') }), { maxLength: 6 }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** The state of a toggle pair at time t (false before the first toggle). */
function flag(toggles: Toggle[], on: Toggle['kind'], off: Toggle['kind'], initial: boolean): (t: number) => boolean {
  const ev = toggles.filter((x) => x.kind === on || x.kind === off).sort((a, b) => a.atS - b.atS);
  return (t) => {
    let v = initial;
    for (const e of ev) {
      if (e.atS > t) break;
      v = e.kind === on;
    }
    return v;
  };
}

function dist(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

const LATCHED = (s: SupervisorState) => s === 'FAULT' || s === 'ESTOPPED';

/** Runs one case and checks every invariant; returns a description of the first violation, or null. */
function check(c: Case): string | null {
  // The hand stays still until just after the engage, so that the first ENGAGE is aligned; its
  // speed stays below the jump-rejection limit (2 m/s), so that every frame is accepted.
  const maxHz = Math.min(2.5, 0.15 / c.amplitudeM);
  const hand = randomHand(c.seed, { origin: [0.1, 0, 0.2], orientation: HOME_POSE.orientation, amplitudeM: c.amplitudeM, rotationRad: c.rotationRad, maxHz, tremorM: 0.0003, startS: c.engageAtS + 0.6 });
  const present = flag(c.toggles, 'present', 'absent', true);
  const clutch = flag(c.toggles, 'clutch', 'unclutch', false);
  const lockLost = flag(c.toggles, 'lockLost', 'lockBack', false);
  const armFault = flag(c.toggles, 'armFault', 'armOk', false);
  const commands: ScenarioCommand[] = [{ atS: c.engageAtS, type: 'ENGAGE' }];
  for (const x of c.commands) {
    const cmd: ScenarioCommand = { atS: x.atS, type: x.type, sourceId: x.other ? 'observer' : 'surgeon' };
    if (x.type === 'CLUTCH') cmd.flag = x.flag;
    if (x.type === 'SET_SCALE') cmd.scale = x.scale;
    commands.push(cmd);
  }

  let failure: string | null = null;
  const fail = (tS: number, msg: string) => {
    if (!failure) failure = `t=${tS.toFixed(4)} s: ${msg}`;
  };
  let prev: { pose: Pose; tNs: number; v: Vec3; w: Vec3; jaw: number; state: SupervisorState } | null = null;
  let stopSinceNs = NaN; // since when the arm must be coming to rest (not FOLLOWING, not homing)
  let noLockSinceNs = NaN;
  let newestCapture = -Infinity;
  let newestPresent = true;
  let homing = false;
  runScenario(
    {
      seed: c.seed,
      durationS: c.durationS,
      config: CONFIG,
      hand,
      initialTool: HOME_POSE,
      tickJitterS: c.tickJitterS,
      frameRateHz: c.frameRateHz,
      up: c.up,
      down: c.down,
      agentStartNs: 3 * 3600e9,
      consoleStartNs: 3 * 3600e9 - c.offsetS * 1e9,
      driftPpm: c.driftPpm,
      probeRateHz: c.probeRateHz,
      float32: true,
      operatorPresentAt: present,
      clutchAt: clutch,
      controllerAt: (t) => (lockLost(t) ? null : 'surgeon'),
      armFaultAt: armFault,
      commands,
    },
    (r) => {
      if (failure) return;
      const o = r.output;
      const now = r.input.nowNs;
      for (const f of r.input.frames) {
        if (f.frame.captureTimeNs > newestCapture) {
          newestCapture = f.frame.captureTimeNs;
          newestPresent = f.frame.operatorPresent;
        }
      }
      if (r.input.controllerId === null) {
        newestCapture = -Infinity; // the core forgets the link with the controller
        newestPresent = false;
      }
      const p = o.setpoint_cp;
      // 1. Workspace.
      if (workspaceDistance(p.position, L.workspace) > 1e-12) fail(r.tS, `setpoint ${p.position} outside the workspace`);
      if (o.events.some((e) => e.code === 'HOMING')) homing = true;
      if (o.state !== 'IDLE' || o.events.some((e) => e.code === 'HOMED')) homing = false;
      // While the arm is not enabled it is not servoed: the setpoint is its measured pose (so that
      // enabling it cannot jump), and there is nothing to limit. Kinematic checks resume after.
      // 5. Latching (always).
      if (prev && LATCHED(prev.state) && !LATCHED(o.state) && !o.acks.some((a) => a.type === 'RESET_FAULT' && a.ok)) {
        fail(r.tS, `${prev.state} -> ${o.state} without a reset`);
      }
      if (prev && prev.state === 'ESTOPPED' && o.state === 'FAULT') fail(r.tS, 'ESTOPPED -> FAULT');
      const lastEstop = o.acks.map((a) => a.type === 'ESTOP' && a.ok).lastIndexOf(true);
      const lastReset = o.acks.map((a) => a.type === 'RESET_FAULT' && a.ok).lastIndexOf(true);
      if (lastEstop >= 0 && lastEstop > lastReset && o.state !== 'ESTOPPED') fail(r.tS, `ESTOP acked but state ${o.state}`);
      if (o.acks.length !== r.input.commands.length) fail(r.tS, `${r.input.commands.length} commands but ${o.acks.length} acks`);
      const servoed = r.input.arm.operating_state === 'ENABLED' && !r.input.arm.is_busy;
      if (prev && !servoed) {
        if (o.state === 'FOLLOWING') fail(r.tS, 'FOLLOWING with an arm that is not enabled');
        prev = { pose: p, tNs: now, v: [0, 0, 0], w: [0, 0, 0], jaw: o.jaw_setpoint_rad, state: o.state };
        return;
      }
      if (prev) {
        const dt = (now - prev.tNs) * 1e-9;
        const v: Vec3 = [(p.position[0] - prev.pose.position[0]) / dt, (p.position[1] - prev.pose.position[1]) / dt, (p.position[2] - prev.pose.position[2]) / dt];
        const rv = qToRotVec(qMul(p.orientation, qConj(prev.pose.orientation)));
        const w: Vec3 = [rv[0] / dt, rv[1] / dt, rv[2] / dt];
        const speed = Math.hypot(...v);
        // 2. Speed, acceleration, jaw rate.
        if (speed > L.maxLinearSpeedMps * (1 + 1e-6)) fail(r.tS, `linear speed ${speed}`);
        if (Math.hypot(...w) > L.maxAngularSpeedRadps * (1 + 1e-6)) fail(r.tS, `angular speed ${Math.hypot(...w)}`);
        const acc = dist(v, prev.v) / dt;
        if (acc > L.maxLinearAccelMps2 * (1 + 1e-4) + 1e-4) fail(r.tS, `linear acceleration ${acc}`);
        const alpha = dist(w, prev.w) / dt;
        if (alpha > L.maxAngularAccelRadps2 * (1 + 1e-4) + 1e-3) fail(r.tS, `angular acceleration ${alpha}`);
        const jawRate = Math.abs(o.jaw_setpoint_rad - prev.jaw) / dt;
        if (jawRate > CONFIG.mapping.jaw.maxSpeedRadps * (1 + 1e-9)) fail(r.tS, `jaw rate ${jawRate}`);
        // 3. At rest within the stop time of any stop.
        const stopping = o.state !== 'FOLLOWING' && !homing;
        if (stopping && Number.isNaN(stopSinceNs)) stopSinceNs = now;
        if (!stopping) stopSinceNs = NaN;
        const moved = p.position.some((x, i) => x !== prev!.pose.position[i]) || p.orientation.some((x, i) => x !== prev!.pose.orientation[i]);
        if (stopping && now - stopSinceNs > STOP_NS && moved) {
          fail(r.tS, `still moving ${((now - stopSinceNs) * 1e-9).toFixed(3)} s after a stop (${o.state} ${o.reason}), ${speed} m/s`);
        }
        // 4. No motion without operator present and the control lock.
        const noLock = r.input.controllerId === null || !newestPresent;
        if (noLock) {
          if (o.state === 'FOLLOWING') fail(r.tS, `FOLLOWING without ${r.input.controllerId === null ? 'the lock' : 'operator present'}`);
          if (Number.isNaN(noLockSinceNs)) noLockSinceNs = now;
          const prevSpeed = Math.hypot(...prev.v);
          if (!homing && speed > prevSpeed * (1 + 1e-9) + 1e-12) fail(r.tS, `speeding up (${prevSpeed} -> ${speed}) without operator / lock`);
          if (!homing && now - noLockSinceNs > STOP_NS && moved) fail(r.tS, `moving without operator / lock`);
        } else {
          noLockSinceNs = NaN;
        }
        prev = { pose: p, tNs: now, v, w, jaw: o.jaw_setpoint_rad, state: o.state };
      } else {
        prev = { pose: p, tNs: now, v: [0, 0, 0], w: [0, 0, 0], jaw: o.jaw_setpoint_rad, state: o.state };
      }
    },
  );
  return failure;
}

describe('core properties under random motion and impairment', () => {
  it(`invariants hold (${LONG ? 'long run' : 'bounded run'})`, () => {
    let following = 0;
    let cases = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        cases++;
        const failure = check(c);
        if (failure) throw new Error(failure);
        following++;
      }),
      { numRuns: LONG ? 40_000 : 2_500, seed: process.env.FARHAND_SEED ? Number(process.env.FARHAND_SEED) : LONG ? undefined : 0x5eed },
    );
    expect(cases).toBe(following);
  }, 600_000);

  it('the generator really exercises the core: following, holds, faults and e-stops all happen', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(caseArb, (c) => {
        const maxHz = Math.min(2.5, 0.15 / c.amplitudeM);
        const hand = randomHand(c.seed, { origin: [0.1, 0, 0.2], orientation: HOME_POSE.orientation, amplitudeM: c.amplitudeM, rotationRad: c.rotationRad, maxHz, tremorM: 0, startS: c.engageAtS + 0.6 });
        runScenario(
          { seed: c.seed, durationS: c.durationS, config: CONFIG, hand, initialTool: HOME_POSE, frameRateHz: c.frameRateHz, up: c.up, down: c.down, probeRateHz: c.probeRateHz, commands: [{ atS: c.engageAtS, type: 'ENGAGE' }, ...c.commands.map((x) => ({ atS: x.atS, type: x.type, flag: x.flag, scale: x.scale }))] },
          (r) => {
            seen.add(r.output.state);
            for (const e of r.output.events) seen.add(e.code);
          },
        );
      }),
      { numRuns: 150, seed: 0xc0ffee },
    );
    for (const s of ['FOLLOWING', 'HOLDING', 'ESTOPPED', 'CLUTCHED', 'LINK_STALE', 'LINK_LOSS_HIGH', 'RESUMED']) expect(seen.has(s), s).toBe(true);
  }, 120_000);
});
