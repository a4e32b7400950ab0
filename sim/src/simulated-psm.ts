// The simulated dVRK PSM behind the arm interface (ArmDriver). The agent drives it exactly as it will
// drive a real arm: lifecycle calls, then one read() and one write() per tick with the tick's time.
//
// Time: the physics runs on a fixed grid (default 4 kHz) anchored at the first read()/write() time.
// read(nowNs) and write(cmd, nowNs) first advance the physics to nowNs, so the arm's state is a pure
// function of (options, seed, the sequence of calls and their nowNs): a replay is bit-identical.
// A setpoint written at nowNs takes effect from the next grid step. read() reports the state at
// exactly nowNs (the last grid state plus an uncommitted partial step), so reading never perturbs
// the physics, and reading at 1 kHz or 100 Hz sees the same arm.
//
// Browser-safe: no node: imports, no clock, no Math.random.

import type { ArmCommand, ArmDriver, ArmReading, OperatingState, Pose } from '@farhand/latency-core';
import { createPsm, fkInto, solveIk34, type IkSolution, type Psm } from './kinematics.js';
import { QUAT_NORM_TOLERANCE, checkQuat, describe, isVec3, quatFromElements, quatToRotation } from './math.js';
import { Xoshiro128 } from './prng.js';
import { Encoder, type NoiseOptions } from './encoder.js';
import {
  DEFAULT_SERVO_PERIOD_NS,
  DEFAULT_UNPOWERED_DECAY_S,
  DVRK_PSM_SERVO,
  DVRK_PSM_TRACKING_TOLERANCE,
  JAW_CHANNEL,
  SERVO_CHANNELS,
  ServoBank,
  type ServoChannelParams,
  type ServoOptions,
} from './servo.js';
import { checkFaultSpec, type FaultSpec } from './faults.js';
import { FaultSchedule, type InjectedFault } from './fault-schedule.js';
import { JOINT_NAMES, isToolName, type ToolName } from './tools.js';

export interface SimulatedPsmOptions {
  /** Default 'LND400006' (Classic large needle driver). */
  tool?: ToolName;
  /** uint32 seed of the measurement noise. Default 1. */
  seed?: number;
  noise?: NoiseOptions;
  servo?: ServoOptions;
  /** Joints home() moves to (instantly), and where the arm starts. Default [0, 0, 0.12, 0, 0, 0]. */
  homeJoints?: readonly number[];
}

/** What became of the last write() (sim-only; a real arm would not say this much). */
export interface CommandStatus {
  /** false when the command was ignored: arm not ENABLED, or not homed. */
  accepted: boolean;
  /** Why it was ignored; '' when accepted. */
  reason: string;
  /** The target was moved into reach: joint or jaw limits, or an unreachable servo_cp pose. */
  clamped: boolean;
  /** servo_cp only: the inverse kinematics result (reachable flag and residual error). */
  ik: IkSolution | null;
  /** nowNs of that write. */
  timeNs: number;
}

export type { InjectedFault } from './fault-schedule.js';

/** Stable fault codes in ArmReading.fault. */
export const SIM_FAULT_CODES = {
  POWER_LOSS: 'ARM_POWER_LOSS',
  TRACKING_ERROR: 'ARM_TRACKING_ERROR',
} as const;

export const DEFAULT_HOME_JOINTS: readonly number[] = [0, 0, 0.12, 0, 0, 0];

/** Setpoint velocity for feed-forward is estimated only from writes closer together than this, and expires after it. */
const FEEDFORWARD_MAX_GAP_NS = 50e6;

export class SimulatedPsm implements ArmDriver {
  readonly name = 'sim';
  /** Kinematics of this arm and tool (the same code the console draws with). */
  readonly psm: Psm;
  readonly tool: ToolName;

  private readonly servo: ServoBank;
  private readonly encoder: Encoder;
  private readonly periodNs: number;
  private readonly periodS: number;
  private readonly tolerance: Float64Array | null;
  private readonly homeQ: Float64Array;

  private configured = false;
  private state: OperatingState = 'DISABLED';
  private homed = false;
  private faultCode = '';
  private faultMessage = '';
  private powerLost = false;

  /** Grid origin (first timed call) and committed step count; physics time = origin + k * period. */
  private originNs: number | null = null;
  private k = 0;
  private lastNs = -Infinity;
  private lastWriteNs: number | null = null;

  private readonly faults = new FaultSchedule();
  private status: CommandStatus = { accepted: false, reason: 'no command yet', clamped: false, ik: null, timeNs: NaN };

  // Scratch, reused every tick.
  private readonly pq = new Float64Array(SERVO_CHANNELS);
  private readonly pv = new Float64Array(SERVO_CHANNELS);
  private readonly meas = new Float64Array(SERVO_CHANNELS);
  private readonly fk = new Float64Array(12);
  private readonly ikTarget = new Float64Array(12);
  private readonly next = new Float64Array(SERVO_CHANNELS);
  /** IK seed (the current target joints); solveIk34 reads it during the call and keeps no reference. */
  private readonly ikSeed: number[] = [0, 0, 0, 0, 0, 0];

  constructor(options: SimulatedPsmOptions = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new RangeError(`SimulatedPsm: options must be an object; got ${describe(options)}`);
    }
    const tool = options.tool ?? 'LND400006';
    if (!isToolName(tool)) {
      throw new RangeError(`SimulatedPsm: tool must be 'LND400006' or 'LND420006'; got ${describe(tool)}`);
    }
    this.tool = tool;
    this.psm = createPsm({ tool });
    const rng = new Xoshiro128(checkSeed(options.seed ?? 1));
    this.encoder = new Encoder(checkNoise(options.noise ?? {}), this.psm.tool.actuatorToJoint, rng);

    const servo = checkServo(options.servo ?? {});
    this.periodNs = servo.periodNs;
    this.periodS = servo.periodNs * 1e-9;
    this.tolerance = servo.tolerance;
    const lower = [...this.psm.jointLimits.lower, this.psm.jawLimits.lower];
    const upper = [...this.psm.jointLimits.upper, this.psm.jawLimits.upper];
    this.servo = new ServoBank(servo.channels, lower, upper, servo.velocityFeedforward, servo.unpoweredDecayS);

    const home = options.homeJoints ?? DEFAULT_HOME_JOINTS;
    if (!Array.isArray(home) || home.length !== 6 || !home.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new RangeError(`SimulatedPsm: homeJoints must be 6 finite numbers (rad, insertion m); got ${describe(home)}`);
    }
    home.forEach((v, i) => {
      if (v < lower[i]! || v > upper[i]!) {
        throw new RangeError(`SimulatedPsm: homeJoints[${i}] (${JOINT_NAMES[i]}) = ${v} is outside the joint limits [${lower[i]}, ${upper[i]}]`);
      }
    });
    const jawHome = Math.min(upper[JAW_CHANNEL]!, Math.max(lower[JAW_CHANNEL]!, 0));
    this.homeQ = Float64Array.from([...home, jawHome]);
    this.servo.q.set(this.homeQ);
    this.servo.target.set(this.homeQ);
  }

  // -----------------------------------------------------------------------------------------------
  // Lifecycle (ArmDriver). Instant: no simulated time passes, so the agent's start and a replay's
  // start reach the same state.

  async configure(): Promise<void> {
    this.configured = true;
  }

  /**
   * DISABLED -> ENABLED; the servo holds where the arm is. With motor power absent (an active
   * power_loss fault) the arm goes to FAULT instead. From FAULT, disable() first (acknowledge).
   */
  async enable(): Promise<void> {
    if (!this.configured) throw new Error('SimulatedPsm.enable: not configured; call configure() first');
    if (this.state === 'FAULT') {
      throw new Error(`SimulatedPsm.enable: arm is in FAULT (${this.faultCode}); call disable() to acknowledge the fault, then enable()`);
    }
    if (this.state === 'ENABLED') return;
    if (this.powerLost) {
      this.enterFault(SIM_FAULT_CODES.POWER_LOSS, 'Motor power is absent: cannot enable. Restore power, then disable() and enable().');
      return;
    }
    this.state = 'ENABLED';
    this.holdHere();
  }

  /** Any state -> DISABLED (motors off, the arm stays where it is). Clears a latched fault. */
  async disable(): Promise<void> {
    this.state = 'DISABLED';
    this.faultCode = '';
    this.faultMessage = '';
  }

  /** ENABLED only: joints jump to homeJoints (instantly, jaw to 0) and is_homed becomes true. */
  async home(): Promise<void> {
    if (!this.configured) throw new Error('SimulatedPsm.home: not configured; call configure() then enable() first');
    if (this.state !== 'ENABLED') {
      throw new Error(`SimulatedPsm.home: arm must be ENABLED to home; it is ${this.state}${this.faultCode ? ` (${this.faultCode})` : ''}`);
    }
    this.servo.q.set(this.homeQ);
    this.servo.v.fill(0);
    this.servo.target.set(this.homeQ);
    this.servo.targetVelocity.fill(0);
    this.lastWriteNs = null;
    this.homed = true;
  }

  // -----------------------------------------------------------------------------------------------
  // Per tick (ArmDriver)

  read(nowNs: number): ArmReading {
    checkTime(nowNs, 'read');
    this.advanceTo(nowNs);
    const tickNs = this.tickNs();
    this.pq.set(this.servo.q);
    this.pv.set(this.servo.v);
    if (nowNs > tickNs) this.servo.step((nowNs - tickNs) * 1e-9, this.powered(), this.pq, this.pv);
    const m = this.meas;
    this.encoder.measure(this.pq, m);
    this.faults.applyGlitches(nowNs, m);
    fkInto(this.psm, m, this.fk);
    const f = this.fk;
    const measured_cp: Pose = {
      position: [f[3]!, f[7]!, f[11]!],
      orientation: quatFromElements(f[0]!, f[1]!, f[2]!, f[4]!, f[5]!, f[6]!, f[8]!, f[9]!, f[10]!),
    };
    const reading: ArmReading = {
      timeNs: nowNs,
      ageNs: 0,
      measured_js: [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!],
      measured_cp,
      jaw_measured_rad: m[JAW_CHANNEL]!,
      operating_state: this.state,
      is_homed: this.homed,
      // No interpolated moves in this interface and home() is instant: never busy.
      is_busy: false,
    };
    if (this.state === 'FAULT') {
      reading.fault = this.faultCode;
      reading.faultMessage = this.faultMessage;
    }
    return reading;
  }

  /**
   * Set the servo target. Ignored (the arm holds; see lastCommand) unless ENABLED and homed.
   * servo_jp is clamped into the joint limits; servo_cp goes through inverse kinematics seeded with
   * the current target, and an unreachable pose becomes the nearest reachable one (flagged in
   * lastCommand, not a fault). A malformed command throws a RangeError and the arm holds.
   */
  write(cmd: ArmCommand, nowNs: number): void {
    checkTime(nowNs, 'write');
    this.advanceTo(nowNs);
    const target = this.checkCommand(cmd);
    if (this.state !== 'ENABLED') {
      this.status = { accepted: false, reason: `arm is ${this.state}${this.faultCode ? ` (${this.faultCode})` : ''}`, clamped: false, ik: null, timeNs: nowNs };
      return;
    }
    if (!this.homed) {
      this.status = { accepted: false, reason: 'arm is not homed: call home()', clamped: false, ik: null, timeNs: nowNs };
      return;
    }
    let clamped = false;
    let ik: IkSolution | null = null;
    // Every channel of next is written below before it is read.
    const next = this.next;
    if (target.kind === 'jp') {
      const { lower, upper } = this.psm.jointLimits;
      for (let i = 0; i < 6; i++) {
        const v = target.values[i]!;
        const c = Math.min(upper[i]!, Math.max(lower[i]!, v));
        if (c !== v) clamped = true;
        next[i] = c;
      }
    } else {
      const seed = this.ikSeed;
      const tg = this.servo.target;
      seed[0] = tg[0]!; seed[1] = tg[1]!; seed[2] = tg[2]!; seed[3] = tg[3]!; seed[4] = tg[4]!; seed[5] = tg[5]!;
      ik = solveIk34(this.psm, this.ikTarget, seed);
      if (!ik.reachable) clamped = true;
      next.set(ik.q);
    }
    const jaw = Math.min(this.psm.jawLimits.upper, Math.max(this.psm.jawLimits.lower, cmd.jaw_rad));
    if (jaw !== cmd.jaw_rad) clamped = true;
    next[JAW_CHANNEL] = jaw;

    const dtNs = this.lastWriteNs === null ? 0 : nowNs - this.lastWriteNs;
    const useVelocity = dtNs > 0 && dtNs <= FEEDFORWARD_MAX_GAP_NS;
    for (let i = 0; i < SERVO_CHANNELS; i++) {
      this.servo.targetVelocity[i] = useVelocity ? (next[i]! - this.servo.target[i]!) / (dtNs * 1e-9) : 0;
      this.servo.target[i] = next[i]!;
    }
    this.lastWriteNs = nowNs;
    this.status = { accepted: true, reason: '', clamped, ik, timeNs: nowNs };
  }

  // -----------------------------------------------------------------------------------------------
  // Sim-only API (tests, demos, replay). A real-arm driver has none of this.

  /**
   * Inject a fault, effective at startNs (default: now). Returns its id. See FaultSpec for what each
   * looks like through the interface.
   */
  injectFault(spec: FaultSpec, startNs?: number): number {
    const s = checkFaultSpec(spec);
    if (startNs !== undefined) checkTime(startNs, 'injectFault startNs');
    const entry = this.faults.add(s, startNs ?? null);
    if (startNs === undefined || startNs <= this.lastNs) this.activate(entry);
    return entry.id;
  }

  /**
   * Remove every injected fault: the joint moves again, power is back. A fault the arm latched
   * (operating_state FAULT) stays until disable() then enable(), as on a real arm.
   */
  clearFaults(): void {
    this.faults.clearAll();
    this.recomputeFaultEffects();
  }

  /** Remove one injected fault by id (same latching rule as clearFaults). */
  clearFault(id: number): void {
    this.faults.clear(id);
    this.recomputeFaultEffects();
  }

  get injectedFaults(): readonly InjectedFault[] {
    return this.faults.injected;
  }

  /** What became of the last write(). */
  get lastCommand(): CommandStatus {
    return this.status;
  }

  /** Ground truth: the true joint positions (no encoder model), at the last physics step. */
  trueJoints(): number[] {
    return Array.from(this.servo.q.subarray(0, 6));
  }

  /** The servo's current target joints (after IK and clamping). */
  setpointJoints(): number[] {
    return Array.from(this.servo.target.subarray(0, 6));
  }

  /** Physics time reached, ns (null before the first read/write). */
  get physicsTimeNs(): number | null {
    return this.originNs === null ? null : this.tickNs();
  }

  // -----------------------------------------------------------------------------------------------
  // Internals

  private powered(): boolean {
    return this.state === 'ENABLED' && !this.powerLost;
  }

  private tickNs(): number {
    return (this.originNs ?? 0) + this.k * this.periodNs;
  }

  private holdHere(): void {
    this.servo.target.set(this.servo.q);
    this.servo.targetVelocity.fill(0);
    this.lastWriteNs = null;
  }

  private enterFault(code: string, message: string): void {
    this.state = 'FAULT';
    this.faultCode = code;
    this.faultMessage = message;
  }

  /** Step the physics grid up to the last tick <= nowNs, activating faults as their time comes. */
  private advanceTo(nowNs: number): void {
    if (this.originNs === null) {
      this.originNs = nowNs;
      this.k = 0;
    }
    if (nowNs > this.lastNs) this.lastNs = nowNs;
    // Time running backwards: the caller's bug; the arm does not rewind.
    const targetK = Math.floor((this.lastNs - this.originNs) / this.periodNs);
    const servo = this.servo;
    while (this.k < targetK) {
      const t = this.tickNs();
      this.activateDue(t);
      // Feed-forward only while setpoints keep coming: a stale velocity would push the arm past a target
      // that stopped moving.
      if (this.lastWriteNs !== null && t - this.lastWriteNs > FEEDFORWARD_MAX_GAP_NS) servo.targetVelocity.fill(0);
      const powered = this.powered();
      if (servo.atRest(powered)) {
        // atRest ignores a stuck joint, so its tracking error is checked before idle steps are skipped
        // (nothing changes during the skip: one check covers it). Without this, a joint stuck while every
        // other joint rests never faulted.
        if (powered) {
          this.checkTracking();
          if (!this.powered()) continue;
        }
        // Nothing moves until the next pending fault (or nowNs): skip the idle steps exactly.
        const next = this.faults.nextPendingStart();
        const skipTo = next === null ? targetK : Math.min(targetK, Math.max(this.k + 1, Math.ceil((next - this.originNs) / this.periodNs)));
        if (skipTo > this.k + 1) {
          this.k = skipTo;
          continue;
        }
      }
      servo.step(this.periodS, powered, servo.q, servo.v);
      servo.settle(powered);
      this.k++;
      if (powered) this.checkTracking();
    }
    this.activateDue(this.lastNs);
  }

  private checkTracking(): void {
    const tol = this.tolerance;
    if (!tol) return;
    const s = this.servo;
    for (let i = 0; i < SERVO_CHANNELS; i++) {
      const e = s.target[i]! - s.q[i]!;
      if (Math.abs(e) > tol[i]!) {
        const name = i === JAW_CHANNEL ? 'jaw' : JOINT_NAMES[i]!;
        const unit = i === 2 ? 'm' : 'rad';
        this.enterFault(
          SIM_FAULT_CODES.TRACKING_ERROR,
          `Joint ${i} (${name}) tracking error ${Math.abs(e).toPrecision(3)} ${unit} exceeds the PID tolerance ${tol[i]!.toPrecision(3)} ${unit}: motor power cut.`,
        );
        return;
      }
    }
  }

  private activateDue(t: number): void {
    this.faults.activateDue(t, (f) => this.activate(f));
  }

  private activate(f: InjectedFault): void {
    f.active = true;
    if (f.spec.kind === 'power_loss') {
      this.enterFault(SIM_FAULT_CODES.POWER_LOSS, 'Motor power lost: joints unpowered and coasting; encoders still read. Restore power, then disable() and enable().');
    }
    this.recomputeFaultEffects();
  }

  private recomputeFaultEffects(): void {
    this.powerLost = this.faults.applyEffects(this.servo);
  }

  /** Validate a command; for servo_cp also fills ikTarget. Throws RangeError; the arm holds. */
  private checkCommand(cmd: ArmCommand): { kind: 'jp'; values: readonly number[] } | { kind: 'cp' } {
    if (typeof cmd !== 'object' || cmd === null) {
      throw new RangeError(`SimulatedPsm.write: command must be { kind: 'servo_cp', pose, jaw_rad } or { kind: 'servo_jp', q, jaw_rad }; got ${describe(cmd)}`);
    }
    const c = cmd as unknown as Record<string, unknown>;
    if (c['kind'] !== 'servo_jp' && c['kind'] !== 'servo_cp') {
      throw new RangeError(`SimulatedPsm.write: kind must be 'servo_cp' or 'servo_jp'; got ${describe(c['kind'])}`);
    }
    const jaw = c['jaw_rad'];
    if (typeof jaw !== 'number' || !Number.isFinite(jaw)) {
      throw new RangeError(`SimulatedPsm.write: jaw_rad must be a finite number (rad); got ${describe(jaw)}`);
    }
    if (c['kind'] === 'servo_jp') {
      const q = c['q'];
      if (!Array.isArray(q) || q.length !== 6 || !q.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        throw new RangeError(`SimulatedPsm.write: servo_jp.q must be 6 finite numbers (rad, insertion m); got ${describe(q)}`);
      }
      return { kind: 'jp', values: q as number[] };
    }
    {
      const pose = c['pose'] as Record<string, unknown> | null | undefined;
      if (typeof pose !== 'object' || pose === null) {
        throw new RangeError(`SimulatedPsm.write: servo_cp.pose must be { position: [x, y, z] (m), orientation: [x, y, z, w] }; got ${describe(pose)}`);
      }
      const pos = pose['position'];
      const o = pose['orientation'];
      // Fast path: checkQuat then quatToRotation (math.ts) fused into scalars, with the same operations
      // in the same order, so the target is bit-identical without the five arrays they allocate.
      // Anything else (bad input, sparse arrays) takes the original path below, errors included.
      const n = isVec3Fast(pos) && isQuat4Fast(o) ? Math.hypot(o[0], o[1], o[2], o[3]) : NaN;
      const T = this.ikTarget;
      if (Math.abs(n - 1) <= QUAT_NORM_TOLERANCE) {
        const p3 = pos as [number, number, number];
        const q4 = o as [number, number, number, number];
        const x = q4[0] / n, y = q4[1] / n, z = q4[2] / n, w = q4[3] / n;
        const nn = x * x + y * y + z * z + w * w;
        const sc = nn > 0 ? 2 / nn : 0;
        const xx = x * x * sc, yy = y * y * sc, zz = z * z * sc;
        const xy = x * y * sc, xz = x * z * sc, yz = y * z * sc;
        const wx = w * x * sc, wy = w * y * sc, wz = w * z * sc;
        T[0] = 1 - yy - zz; T[1] = xy - wz; T[2] = xz + wy; T[3] = p3[0];
        T[4] = xy + wz; T[5] = 1 - xx - zz; T[6] = yz - wx; T[7] = p3[1];
        T[8] = xz - wy; T[9] = yz + wx; T[10] = 1 - xx - yy; T[11] = p3[2];
        return CP_COMMAND;
      }
      if (!isVec3(pose['position'])) {
        throw new RangeError(`SimulatedPsm.write: servo_cp.pose.position must be 3 finite numbers (m); got ${describe(pose['position'])}`);
      }
      const q = checkQuat(pose['orientation'], 'SimulatedPsm.write: servo_cp.pose');
      const R = quatToRotation(q);
      const p = pose['position'] as number[];
      for (let i = 0; i < 3; i++) {
        T[i * 4] = R[i]![0]!; T[i * 4 + 1] = R[i]![1]!; T[i * 4 + 2] = R[i]![2]!; T[i * 4 + 3] = p[i]!;
      }
      return CP_COMMAND;
    }
  }
}

const CP_COMMAND = { kind: 'cp' } as const;

/** isVec3 (math.ts) without the closure, for dense arrays: 3 finite numbers. */
function isVec3Fast(x: unknown): x is [number, number, number] {
  return Array.isArray(x) && x.length === 3 && Number.isFinite(x[0]) && Number.isFinite(x[1]) && Number.isFinite(x[2]);
}

/** The shape half of checkQuat (math.ts): 4 finite numbers. */
function isQuat4Fast(x: unknown): x is [number, number, number, number] {
  return Array.isArray(x) && x.length === 4 && Number.isFinite(x[0]) && Number.isFinite(x[1]) && Number.isFinite(x[2]) && Number.isFinite(x[3]);
}

// -------------------------------------------------------------------------------------------------
// option validation

function checkTime(t: unknown, what: string): asserts t is number {
  if (typeof t !== 'number' || !Number.isFinite(t)) {
    throw new RangeError(`SimulatedPsm.${what}: time must be a finite number of ns on the agent's monotonic clock; got ${describe(t)}`);
  }
}

function checkSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`SimulatedPsm: seed must be an integer in [0, 4294967295] (uint32); got ${describe(seed)}`);
  }
  return seed;
}

function checkNoise(n: unknown): NoiseOptions {
  if (typeof n !== 'object' || n === null) throw new RangeError(`SimulatedPsm: noise must be an object; got ${describe(n)}`);
  const o = n as Record<string, unknown>;
  if (o['enabled'] !== undefined && typeof o['enabled'] !== 'boolean') throw new RangeError(`SimulatedPsm: noise.enabled must be a boolean; got ${describe(o['enabled'])}`);
  if (o['quantize'] !== undefined && typeof o['quantize'] !== 'boolean') throw new RangeError(`SimulatedPsm: noise.quantize must be a boolean; got ${describe(o['quantize'])}`);
  const j = o['jitterCounts'];
  if (j !== undefined && (typeof j !== 'number' || !Number.isFinite(j) || j < 0 || j > 1e6)) {
    throw new RangeError(`SimulatedPsm: noise.jitterCounts must be a number in [0, 1e6] (std in encoder counts); got ${describe(j)}`);
  }
  const e = o['extraStd'];
  if (e !== undefined && (!Array.isArray(e) || e.length !== 7 || !e.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0))) {
    throw new RangeError(`SimulatedPsm: noise.extraStd must be 7 non-negative numbers (6 joints then jaw; rad or m); got ${describe(e)}`);
  }
  return o as NoiseOptions;
}

interface CheckedServo {
  channels: ServoChannelParams[];
  periodNs: number;
  velocityFeedforward: number;
  tolerance: Float64Array | null;
  unpoweredDecayS: number;
}

function checkServo(s: unknown): CheckedServo {
  if (typeof s !== 'object' || s === null) throw new RangeError(`SimulatedPsm: servo must be an object; got ${describe(s)}`);
  const o = s as ServoOptions;
  const overrides = o.channels ?? [];
  if (!Array.isArray(overrides) || overrides.length > SERVO_CHANNELS) {
    throw new RangeError(`SimulatedPsm: servo.channels must be an array of at most 7 per-channel overrides (6 joints then jaw); got ${describe(overrides)}`);
  }
  const channels = DVRK_PSM_SERVO.map((base, i) => {
    const ov = overrides[i] ?? {};
    const p = { ...base, ...ov };
    const positive = (k: keyof ServoChannelParams): void => {
      const v = p[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        throw new RangeError(`SimulatedPsm: servo.channels[${i}].${k} must be a finite number > 0; got ${describe(v)}`);
      }
    };
    positive('omegaRadPerS');
    positive('dampingRatio');
    positive('maxVelocity');
    positive('maxAcceleration');
    return p;
  });
  const periodNs = o.periodNs ?? DEFAULT_SERVO_PERIOD_NS;
  if (!Number.isInteger(periodNs) || periodNs < 10_000 || periodNs > 1_000_000) {
    throw new RangeError(`SimulatedPsm: servo.periodNs must be an integer in [10000, 1000000] ns; got ${describe(periodNs)}`);
  }
  // Semi-implicit Euler needs the fastest pole well inside its stability region.
  for (const [i, p] of channels.entries()) {
    const h = periodNs * 1e-9;
    if (2 * p.dampingRatio * p.omegaRadPerS * h > 1 || p.omegaRadPerS * h > 0.5) {
      throw new RangeError(`SimulatedPsm: servo.channels[${i}] (omega ${p.omegaRadPerS}, zeta ${p.dampingRatio}) is too stiff for periodNs ${periodNs}: need 2*zeta*omega*h <= 1 and omega*h <= 0.5; lower periodNs`);
    }
  }
  const ff = o.velocityFeedforward ?? 0;
  if (typeof ff !== 'number' || !(ff >= 0 && ff <= 1)) {
    throw new RangeError(`SimulatedPsm: servo.velocityFeedforward must be a number in [0, 1]; got ${describe(ff)}`);
  }
  let tolerance: Float64Array | null;
  if (o.trackingErrorTolerance === null) tolerance = null;
  else {
    const t = o.trackingErrorTolerance ?? DVRK_PSM_TRACKING_TOLERANCE;
    if (!Array.isArray(t) || t.length !== SERVO_CHANNELS || !t.every((v) => typeof v === 'number' && v > 0)) {
      throw new RangeError(`SimulatedPsm: servo.trackingErrorTolerance must be 7 positive numbers (6 joints then jaw; rad or m) or null; got ${describe(t)}`);
    }
    tolerance = Float64Array.from(t);
  }
  const decay = o.unpoweredDecayS ?? DEFAULT_UNPOWERED_DECAY_S;
  if (typeof decay !== 'number' || !Number.isFinite(decay) || decay < 0) {
    throw new RangeError(`SimulatedPsm: servo.unpoweredDecayS must be a number >= 0 (s); got ${describe(decay)}`);
  }
  return { channels, periodNs, velocityFeedforward: ff, tolerance, unpoweredDecayS: decay };
}
