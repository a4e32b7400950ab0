// The simulated dVRK Classic ECM (endoscope camera manipulator) behind the arm interface (ArmDriver),
// driven like SimulatedPsm: lifecycle calls, then one read() and one write() per tick with the tick's
// time. Same time grid, determinism, lifecycle, fault kinds and command checks as SimulatedPsm (read
// that file's header); what differs:
//
// - Four joints [yaw, pitch, insertion, roll]: measured_js and servo_jp.q have 4 values; measured_cp is
//   the camera pose in the ECM base (RCM) frame.
// - No jaw. The interface requires the fields: read() reports jaw_measured_rad = 0; write() checks that
//   jaw_rad is a finite number (a malformed command is still refused) and otherwise ignores it.
// - Servo dynamics are BORROWED from the PSM fit (no ECM recording exists): yaw, pitch and insertion
//   take the PSM's fitted omega and zeta for the same joints, the roll (an arm joint turning the whole
//   endoscope, not a cable-driven tool joint) takes the PSM yaw's. Velocity limits and the tracking
//   tolerance are the dVRK's own ECM values (mtsIntuitiveResearchKitECM.cpp).
// - servo_cp goes through the ECM's closed-form IK (nearest reachable, flagged), then the dVRK ECM's
//   own rule: insertion below 40 mm is raised to 40 mm (flagged as clamped).
//
// Browser-safe: no node: imports, no clock, no Math.random.

import type { ArmCommand, ArmDriver, ArmReading, OperatingState, Pose } from '@farhand/latency-core';
import { createEcm, ecmFkInto, ecmSolveIk34, type Ecm, type EcmIkSolution } from './ecm-kinematics.js';
import {
  DVRK_ECM_MIN_CARTESIAN_INSERTION_M,
  ECM_JOINT_NAMES,
  ECM_SIMULATED_HOME,
  isEndoscopeType,
  type EndoscopeType,
} from './ecm-tables.js';
import { checkQuat, describe, isVec3, quatFromElements, quatToRotation } from './math.js';
import { Xoshiro128 } from './prng.js';
import { ARM_ENCODER_QUANTUM, type NoiseOptions } from './encoder.js';
import { JointEncoder } from './joint-encoder.js';
import { DEFAULT_SERVO_PERIOD_NS, DEFAULT_UNPOWERED_DECAY_S, DVRK_PSM_SERVO, ServoBank, type ServoChannelParams } from './servo.js';
import { checkFaultSpec, type FaultChannels, type FaultSpec } from './faults.js';
import { FaultSchedule, type InjectedFault } from './fault-schedule.js';
import { SIM_FAULT_CODES } from './simulated-psm.js';

/** ECM channels: the four joints (no jaw). */
export const ECM_CHANNELS = 4;

const DEG = Math.PI / 180;

/**
 * ECM servo parameters. omega and zeta are BORROWED from the PSM fit (DVRK_PSM_SERVO; no ECM data):
 * yaw, pitch, insertion from the same PSM joints, roll from the PSM yaw. Velocity limits: the dVRK
 * ECM's trajectory limits (30 deg/s yaw, pitch, roll; 60 mm/s insertion; mtsIntuitiveResearchKitECM
 * Init). Acceleration limits: the PSM's for the borrowed joint (not identified for the ECM).
 */
export const ECM_SERVO: readonly Readonly<ServoChannelParams>[] = [
  { omegaRadPerS: DVRK_PSM_SERVO[0]!.omegaRadPerS, dampingRatio: DVRK_PSM_SERVO[0]!.dampingRatio, maxVelocity: 30 * DEG, maxAcceleration: DVRK_PSM_SERVO[0]!.maxAcceleration },
  { omegaRadPerS: DVRK_PSM_SERVO[1]!.omegaRadPerS, dampingRatio: DVRK_PSM_SERVO[1]!.dampingRatio, maxVelocity: 30 * DEG, maxAcceleration: DVRK_PSM_SERVO[1]!.maxAcceleration },
  { omegaRadPerS: DVRK_PSM_SERVO[2]!.omegaRadPerS, dampingRatio: DVRK_PSM_SERVO[2]!.dampingRatio, maxVelocity: 0.06, maxAcceleration: DVRK_PSM_SERVO[2]!.maxAcceleration },
  { omegaRadPerS: DVRK_PSM_SERVO[0]!.omegaRadPerS, dampingRatio: DVRK_PSM_SERVO[0]!.dampingRatio, maxVelocity: 30 * DEG, maxAcceleration: DVRK_PSM_SERVO[0]!.maxAcceleration },
];

/** The dVRK ECM PID's default tracking-error tolerances: 7 deg on the angles, 10 mm insertion (mtsIntuitiveResearchKitECM Init). */
export const DVRK_ECM_TRACKING_TOLERANCE: readonly number[] = [7 * DEG, 7 * DEG, 0.01, 7 * DEG];

/**
 * Encoder resolution, BORROWED from the PSM's measured one (no ECM recording): yaw, pitch and roll
 * one PSM yaw count (7.7227e-6 rad), insertion one PSM insertion count (1.29629e-6 m).
 */
export const ECM_ENCODER_QUANTUM: readonly number[] = [ARM_ENCODER_QUANTUM[0]!, ARM_ENCODER_QUANTUM[1]!, ARM_ENCODER_QUANTUM[2]!, ARM_ENCODER_QUANTUM[0]!];

/**
 * After a power loss the ECM does not sag by default (assumed braked; not identified). Pass
 * sagVelocity (4 values) in the power_loss fault to model one.
 */
export const ECM_DEFAULT_POWER_LOSS_SAG: readonly number[] = [0, 0, 0, 0];

const ECM_FAULT_CHANNELS: FaultChannels = {
  maxChannel: 3,
  channelsText: '0..3 (yaw, pitch, insertion, roll; the ECM has no jaw)',
  joints: 4,
  defaultSag: ECM_DEFAULT_POWER_LOSS_SAG,
};

export interface EcmServoOptions {
  /** Per-joint overrides (4); missing fields keep ECM_SERVO. */
  channels?: ReadonlyArray<Partial<ServoChannelParams> | undefined>;
  /** Physics step, ns (integer, 10 us .. 1 ms). Default 250,000 (4 kHz). */
  periodNs?: number;
  /** 0..1: how much of the setpoint velocity feeds forward. Default 0. */
  velocityFeedforward?: number;
  /** Per-joint (4) tracking error past which the arm faults like a dVRK PID; null disables. Default DVRK_ECM_TRACKING_TOLERANCE. */
  trackingErrorTolerance?: readonly number[] | null;
  /** Friction time constant of unpowered joints, s. */
  unpoweredDecayS?: number;
}

export interface SimulatedEcmOptions {
  /** Default 'STRAIGHT'. */
  endoscope?: EndoscopeType;
  /** uint32 seed of the measurement noise. Default 1. */
  seed?: number;
  /** As SimulatedPsm's; extraStd has 4 values here. */
  noise?: NoiseOptions;
  servo?: EcmServoOptions;
  /** Joints home() moves to (instantly), and where the arm starts. Default ECM_SIMULATED_HOME [0, 0, 0.12, 0]. */
  homeJoints?: readonly number[];
  /** servo_cp raises a smaller IK insertion to this, m (the dVRK ECM's rule). Default 0.04; 0 turns it off. */
  minCartesianInsertionM?: number;
}

/** What became of the last write() (sim-only). */
export interface EcmCommandStatus {
  accepted: boolean;
  reason: string;
  /** The target was moved into reach: joint limits, an unreachable servo_cp pose, or the 40 mm insertion rule. */
  clamped: boolean;
  /** servo_cp only: the inverse kinematics result (before the insertion rule). */
  ik: EcmIkSolution | null;
  timeNs: number;
}

const FEEDFORWARD_MAX_GAP_NS = 50e6;

export class SimulatedEcm implements ArmDriver {
  readonly name = 'sim-ecm';
  readonly ecm: Ecm;
  readonly endoscope: EndoscopeType;

  private readonly servo: ServoBank;
  private readonly encoder: JointEncoder;
  private readonly periodNs: number;
  private readonly periodS: number;
  private readonly tolerance: Float64Array | null;
  private readonly homeQ: Float64Array;
  private readonly minInsertion: number;

  private configured = false;
  private state: OperatingState = 'DISABLED';
  private homed = false;
  private faultCode = '';
  private faultMessage = '';
  private powerLost = false;

  private originNs: number | null = null;
  private k = 0;
  private lastNs = -Infinity;
  private lastWriteNs: number | null = null;

  private readonly faults = new FaultSchedule();
  private status: EcmCommandStatus = { accepted: false, reason: 'no command yet', clamped: false, ik: null, timeNs: NaN };

  private readonly pq = new Float64Array(ECM_CHANNELS);
  private readonly pv = new Float64Array(ECM_CHANNELS);
  private readonly meas = new Float64Array(ECM_CHANNELS);
  private readonly fk = new Float64Array(12);
  private readonly ikTarget = new Float64Array(12);
  private readonly next = new Float64Array(ECM_CHANNELS);
  private readonly ikSeed: number[] = [0, 0, 0, 0];

  constructor(options: SimulatedEcmOptions = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new RangeError(`SimulatedEcm: options must be an object; got ${describe(options)}`);
    }
    const endoscope = options.endoscope ?? 'STRAIGHT';
    if (!isEndoscopeType(endoscope)) {
      throw new RangeError(`SimulatedEcm: endoscope must be 'STRAIGHT', 'UP' or 'DOWN'; got ${describe(endoscope)}`);
    }
    this.endoscope = endoscope;
    this.ecm = createEcm({ endoscope });
    const rng = new Xoshiro128(checkSeed(options.seed ?? 1));
    this.encoder = new JointEncoder(checkNoise(options.noise ?? {}), ECM_ENCODER_QUANTUM, rng);

    const servo = checkServo(options.servo ?? {});
    this.periodNs = servo.periodNs;
    this.periodS = servo.periodNs * 1e-9;
    this.tolerance = servo.tolerance;
    const { lower, upper } = this.ecm.jointLimits;
    this.servo = new ServoBank(servo.channels, lower, upper, servo.velocityFeedforward, servo.unpoweredDecayS, ECM_CHANNELS);

    const home = options.homeJoints ?? ECM_SIMULATED_HOME;
    if (!Array.isArray(home) || home.length !== 4 || !home.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new RangeError(`SimulatedEcm: homeJoints must be 4 finite numbers (yaw, pitch rad, insertion m, roll rad); got ${describe(home)}`);
    }
    home.forEach((v, i) => {
      if (v < lower[i]! || v > upper[i]!) {
        throw new RangeError(`SimulatedEcm: homeJoints[${i}] (${ECM_JOINT_NAMES[i]}) = ${v} is outside the joint limits [${lower[i]}, ${upper[i]}]`);
      }
    });
    this.homeQ = Float64Array.from(home);
    this.servo.q.set(this.homeQ);
    this.servo.target.set(this.homeQ);

    const minIns = options.minCartesianInsertionM ?? DVRK_ECM_MIN_CARTESIAN_INSERTION_M;
    if (typeof minIns !== 'number' || !(minIns >= 0 && minIns <= upper[2]!)) {
      throw new RangeError(`SimulatedEcm: minCartesianInsertionM must be a number in [0, ${upper[2]}] m (0 turns the dVRK's 40 mm rule off); got ${describe(minIns)}`);
    }
    this.minInsertion = minIns;
  }

  // -----------------------------------------------------------------------------------------------
  // Lifecycle (ArmDriver), as SimulatedPsm: instant.

  async configure(): Promise<void> {
    this.configured = true;
  }

  async enable(): Promise<void> {
    if (!this.configured) throw new Error('SimulatedEcm.enable: not configured; call configure() first');
    if (this.state === 'FAULT') {
      throw new Error(`SimulatedEcm.enable: arm is in FAULT (${this.faultCode}); call disable() to acknowledge the fault, then enable()`);
    }
    if (this.state === 'ENABLED') return;
    if (this.powerLost) {
      this.enterFault(SIM_FAULT_CODES.POWER_LOSS, 'Motor power is absent: cannot enable. Restore power, then disable() and enable().');
      return;
    }
    this.state = 'ENABLED';
    this.holdHere();
  }

  async disable(): Promise<void> {
    this.state = 'DISABLED';
    this.faultCode = '';
    this.faultMessage = '';
  }

  async home(): Promise<void> {
    if (!this.configured) throw new Error('SimulatedEcm.home: not configured; call configure() then enable() first');
    if (this.state !== 'ENABLED') {
      throw new Error(`SimulatedEcm.home: arm must be ENABLED to home; it is ${this.state}${this.faultCode ? ` (${this.faultCode})` : ''}`);
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
    ecmFkInto(this.ecm, m, this.fk);
    const f = this.fk;
    const measured_cp: Pose = {
      position: [f[3]!, f[7]!, f[11]!],
      orientation: quatFromElements(f[0]!, f[1]!, f[2]!, f[4]!, f[5]!, f[6]!, f[8]!, f[9]!, f[10]!),
    };
    const reading: ArmReading = {
      timeNs: nowNs,
      ageNs: 0,
      measured_js: [m[0]!, m[1]!, m[2]!, m[3]!],
      measured_cp,
      // No jaw on an ECM.
      jaw_measured_rad: 0,
      operating_state: this.state,
      is_homed: this.homed,
      is_busy: false,
    };
    if (this.state === 'FAULT') {
      reading.fault = this.faultCode;
      reading.faultMessage = this.faultMessage;
    }
    return reading;
  }

  /**
   * Set the servo target. Ignored (the arm holds) unless ENABLED and homed. servo_jp (4 joints) is
   * clamped into the limits; servo_cp goes through IK seeded with the current target (nearest reachable
   * when out of reach), then the 40 mm insertion rule. jaw_rad must be finite and is ignored.
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
    let ik: EcmIkSolution | null = null;
    const next = this.next;
    const { lower, upper } = this.ecm.jointLimits;
    if (target.kind === 'jp') {
      for (let i = 0; i < ECM_CHANNELS; i++) {
        const v = target.values[i]!;
        const c = Math.min(upper[i]!, Math.max(lower[i]!, v));
        if (c !== v) clamped = true;
        next[i] = c;
      }
    } else {
      const seed = this.ikSeed;
      const tg = this.servo.target;
      seed[0] = tg[0]!; seed[1] = tg[1]!; seed[2] = tg[2]!; seed[3] = tg[3]!;
      ik = ecmSolveIk34(this.ecm, this.ikTarget, seed);
      if (!ik.reachable) clamped = true;
      next.set(ik.q);
      if (next[2]! < this.minInsertion) {
        next[2] = this.minInsertion;
        clamped = true;
      }
    }
    const dtNs = this.lastWriteNs === null ? 0 : nowNs - this.lastWriteNs;
    const useVelocity = dtNs > 0 && dtNs <= FEEDFORWARD_MAX_GAP_NS;
    for (let i = 0; i < ECM_CHANNELS; i++) {
      this.servo.targetVelocity[i] = useVelocity ? (next[i]! - this.servo.target[i]!) / (dtNs * 1e-9) : 0;
      this.servo.target[i] = next[i]!;
    }
    this.lastWriteNs = nowNs;
    this.status = { accepted: true, reason: '', clamped, ik, timeNs: nowNs };
  }

  // -----------------------------------------------------------------------------------------------
  // Sim-only API, as SimulatedPsm's. Fault joints are 0..3 (no jaw).

  injectFault(spec: FaultSpec, startNs?: number): number {
    const s = checkFaultSpec(spec, ECM_FAULT_CHANNELS);
    if (startNs !== undefined) checkTime(startNs, 'injectFault startNs');
    const entry = this.faults.add(s, startNs ?? null);
    if (startNs === undefined || startNs <= this.lastNs) this.activate(entry);
    return entry.id;
  }

  clearFaults(): void {
    this.faults.clearAll();
    this.recomputeFaultEffects();
  }

  clearFault(id: number): void {
    this.faults.clear(id);
    this.recomputeFaultEffects();
  }

  get injectedFaults(): readonly InjectedFault[] {
    return this.faults.injected;
  }

  get lastCommand(): EcmCommandStatus {
    return this.status;
  }

  /** Ground truth: the true joint positions at the last physics step. */
  trueJoints(): number[] {
    return Array.from(this.servo.q);
  }

  /** The servo's current target joints (after IK and clamping). */
  setpointJoints(): number[] {
    return Array.from(this.servo.target);
  }

  get physicsTimeNs(): number | null {
    return this.originNs === null ? null : this.tickNs();
  }

  // -----------------------------------------------------------------------------------------------
  // Internals (as SimulatedPsm's)

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

  private advanceTo(nowNs: number): void {
    if (this.originNs === null) {
      this.originNs = nowNs;
      this.k = 0;
    }
    if (nowNs > this.lastNs) this.lastNs = nowNs;
    const targetK = Math.floor((this.lastNs - this.originNs) / this.periodNs);
    const servo = this.servo;
    while (this.k < targetK) {
      const t = this.tickNs();
      this.activateDue(t);
      if (this.lastWriteNs !== null && t - this.lastWriteNs > FEEDFORWARD_MAX_GAP_NS) servo.targetVelocity.fill(0);
      const powered = this.powered();
      if (servo.atRest(powered)) {
        // atRest ignores a stuck joint, so its tracking error must be checked before idle steps are
        // skipped (nothing changes during the skip: one check covers it).
        if (powered) {
          this.checkTracking();
          if (!this.powered()) continue;
        }
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
    for (let i = 0; i < ECM_CHANNELS; i++) {
      const e = s.target[i]! - s.q[i]!;
      if (Math.abs(e) > tol[i]!) {
        const unit = i === 2 ? 'm' : 'rad';
        this.enterFault(
          SIM_FAULT_CODES.TRACKING_ERROR,
          `Joint ${i} (${ECM_JOINT_NAMES[i]}) tracking error ${Math.abs(e).toPrecision(3)} ${unit} exceeds the PID tolerance ${tol[i]!.toPrecision(3)} ${unit}: motor power cut.`,
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

  private checkCommand(cmd: ArmCommand): { kind: 'jp'; values: readonly number[] } | { kind: 'cp' } {
    if (typeof cmd !== 'object' || cmd === null) {
      throw new RangeError(`SimulatedEcm.write: command must be { kind: 'servo_cp', pose, jaw_rad } or { kind: 'servo_jp', q, jaw_rad }; got ${describe(cmd)}`);
    }
    const c = cmd as unknown as Record<string, unknown>;
    if (c['kind'] !== 'servo_jp' && c['kind'] !== 'servo_cp') {
      throw new RangeError(`SimulatedEcm.write: kind must be 'servo_cp' or 'servo_jp'; got ${describe(c['kind'])}`);
    }
    const jaw = c['jaw_rad'];
    if (typeof jaw !== 'number' || !Number.isFinite(jaw)) {
      throw new RangeError(`SimulatedEcm.write: jaw_rad must be a finite number (the ECM has no jaw and ignores it; send 0); got ${describe(jaw)}`);
    }
    if (c['kind'] === 'servo_jp') {
      const q = c['q'];
      if (!Array.isArray(q) || q.length !== 4 || !q.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        throw new RangeError(`SimulatedEcm.write: servo_jp.q must be 4 finite numbers (yaw, pitch rad, insertion m, roll rad); got ${describe(q)}`);
      }
      return { kind: 'jp', values: q as number[] };
    }
    const pose = c['pose'] as Record<string, unknown> | null | undefined;
    if (typeof pose !== 'object' || pose === null) {
      throw new RangeError(`SimulatedEcm.write: servo_cp.pose must be { position: [x, y, z] (m), orientation: [x, y, z, w] }; got ${describe(pose)}`);
    }
    if (!isVec3(pose['position'])) {
      throw new RangeError(`SimulatedEcm.write: servo_cp.pose.position must be 3 finite numbers (m); got ${describe(pose['position'])}`);
    }
    const q = checkQuat(pose['orientation'], 'SimulatedEcm.write: servo_cp.pose');
    const R = quatToRotation(q);
    const p = pose['position'] as number[];
    const T = this.ikTarget;
    for (let i = 0; i < 3; i++) {
      T[i * 4] = R[i]![0]!; T[i * 4 + 1] = R[i]![1]!; T[i * 4 + 2] = R[i]![2]!; T[i * 4 + 3] = p[i]!;
    }
    return { kind: 'cp' };
  }
}

// -------------------------------------------------------------------------------------------------
// option validation

function checkTime(t: unknown, what: string): asserts t is number {
  if (typeof t !== 'number' || !Number.isFinite(t)) {
    throw new RangeError(`SimulatedEcm.${what}: time must be a finite number of ns on the agent's monotonic clock; got ${describe(t)}`);
  }
}

function checkSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`SimulatedEcm: seed must be an integer in [0, 4294967295] (uint32); got ${describe(seed)}`);
  }
  return seed;
}

function checkNoise(n: unknown): NoiseOptions {
  if (typeof n !== 'object' || n === null) throw new RangeError(`SimulatedEcm: noise must be an object; got ${describe(n)}`);
  const o = n as Record<string, unknown>;
  if (o['enabled'] !== undefined && typeof o['enabled'] !== 'boolean') throw new RangeError(`SimulatedEcm: noise.enabled must be a boolean; got ${describe(o['enabled'])}`);
  if (o['quantize'] !== undefined && typeof o['quantize'] !== 'boolean') throw new RangeError(`SimulatedEcm: noise.quantize must be a boolean; got ${describe(o['quantize'])}`);
  const j = o['jitterCounts'];
  if (j !== undefined && (typeof j !== 'number' || !Number.isFinite(j) || j < 0 || j > 1e6)) {
    throw new RangeError(`SimulatedEcm: noise.jitterCounts must be a number in [0, 1e6] (std in encoder counts); got ${describe(j)}`);
  }
  const e = o['extraStd'];
  if (e !== undefined && (!Array.isArray(e) || e.length !== 4 || !e.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0))) {
    throw new RangeError(`SimulatedEcm: noise.extraStd must be 4 non-negative numbers (yaw, pitch, insertion, roll; rad or m); got ${describe(e)}`);
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
  if (typeof s !== 'object' || s === null) throw new RangeError(`SimulatedEcm: servo must be an object; got ${describe(s)}`);
  const o = s as EcmServoOptions;
  const overrides = o.channels ?? [];
  if (!Array.isArray(overrides) || overrides.length > ECM_CHANNELS) {
    throw new RangeError(`SimulatedEcm: servo.channels must be an array of at most 4 per-joint overrides; got ${describe(overrides)}`);
  }
  const channels = ECM_SERVO.map((base, i) => {
    const p = { ...base, ...(overrides[i] ?? {}) };
    for (const k of ['omegaRadPerS', 'dampingRatio', 'maxVelocity', 'maxAcceleration'] as const) {
      const v = p[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        throw new RangeError(`SimulatedEcm: servo.channels[${i}].${k} must be a finite number > 0; got ${describe(v)}`);
      }
    }
    return p;
  });
  const periodNs = o.periodNs ?? DEFAULT_SERVO_PERIOD_NS;
  if (!Number.isInteger(periodNs) || periodNs < 10_000 || periodNs > 1_000_000) {
    throw new RangeError(`SimulatedEcm: servo.periodNs must be an integer in [10000, 1000000] ns; got ${describe(periodNs)}`);
  }
  for (const [i, p] of channels.entries()) {
    const h = periodNs * 1e-9;
    if (2 * p.dampingRatio * p.omegaRadPerS * h > 1 || p.omegaRadPerS * h > 0.5) {
      throw new RangeError(`SimulatedEcm: servo.channels[${i}] (omega ${p.omegaRadPerS}, zeta ${p.dampingRatio}) is too stiff for periodNs ${periodNs}: need 2*zeta*omega*h <= 1 and omega*h <= 0.5; lower periodNs`);
    }
  }
  const ff = o.velocityFeedforward ?? 0;
  if (typeof ff !== 'number' || !(ff >= 0 && ff <= 1)) {
    throw new RangeError(`SimulatedEcm: servo.velocityFeedforward must be a number in [0, 1]; got ${describe(ff)}`);
  }
  let tolerance: Float64Array | null;
  if (o.trackingErrorTolerance === null) tolerance = null;
  else {
    const t = o.trackingErrorTolerance ?? DVRK_ECM_TRACKING_TOLERANCE;
    if (!Array.isArray(t) || t.length !== ECM_CHANNELS || !t.every((v) => typeof v === 'number' && v > 0)) {
      throw new RangeError(`SimulatedEcm: servo.trackingErrorTolerance must be 4 positive numbers (yaw, pitch, insertion, roll; rad or m) or null; got ${describe(t)}`);
    }
    tolerance = Float64Array.from(t);
  }
  const decay = o.unpoweredDecayS ?? DEFAULT_UNPOWERED_DECAY_S;
  if (typeof decay !== 'number' || !Number.isFinite(decay) || decay < 0) {
    throw new RangeError(`SimulatedEcm: servo.unpoweredDecayS must be a number >= 0 (s); got ${describe(decay)}`);
  }
  return { channels, periodNs, velocityFeedforward: ff, tolerance, unpoweredDecayS: decay };
}

