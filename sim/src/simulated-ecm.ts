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

import type { ArmCommand, ArmDriver } from '@farhand/latency-core';
import { createEcm, ecmFkInto, ecmSolveIk34, type Ecm, type EcmIkSolution } from './ecm-kinematics.js';
import {
  DVRK_ECM_MIN_CARTESIAN_INSERTION_M,
  ECM_JOINT_NAMES,
  ECM_SIMULATED_HOME,
  isEndoscopeType,
  type EndoscopeType,
} from './ecm-tables.js';
import { checkQuat, describe, isVec3, quatToRotation } from './math.js';
import { Xoshiro128 } from './prng.js';
import { ARM_ENCODER_QUANTUM, type NoiseOptions } from './encoder.js';
import { JointEncoder } from './joint-encoder.js';
import { DVRK_PSM_SERVO, type ServoChannelParams } from './servo.js';
import type { FaultChannels } from './faults.js';
import { ServoArm, type ArmCommandStatus } from './servo-arm.js';
import { checkNoise, checkSeed, checkServo } from './arm-options.js';

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

/** What became of the last write() (sim-only); clamped includes the 40 mm insertion rule, ik is before it. */
export type EcmCommandStatus = ArmCommandStatus<EcmIkSolution>;

const NAME = 'SimulatedEcm';

type EcmCommand = { kind: 'jp'; values: readonly number[] } | { kind: 'cp' };

export class SimulatedEcm extends ServoArm<EcmIkSolution, EcmCommand> implements ArmDriver {
  readonly name = 'sim-ecm';
  readonly ecm: Ecm;
  readonly endoscope: EndoscopeType;

  private readonly encoder: JointEncoder;
  private readonly minInsertion: number;
  private readonly ikTarget = new Float64Array(12);
  private readonly ikSeed: number[] = [0, 0, 0, 0];

  constructor(options: SimulatedEcmOptions = {}) {
    if (typeof options !== 'object' || options === null) {
      throw new RangeError(`SimulatedEcm: options must be an object; got ${describe(options)}`);
    }
    const endoscope = options.endoscope ?? 'STRAIGHT';
    if (!isEndoscopeType(endoscope)) {
      throw new RangeError(`SimulatedEcm: endoscope must be 'STRAIGHT', 'UP' or 'DOWN'; got ${describe(endoscope)}`);
    }
    const ecm = createEcm({ endoscope });
    const seed = checkSeed(NAME, options.seed ?? 1);
    const noise = checkNoise(NAME, options.noise ?? {}, ECM_CHANNELS, 'yaw, pitch, insertion, roll');
    const servo = checkServo(
      { className: NAME, base: ECM_SERVO, defaultTolerance: DVRK_ECM_TRACKING_TOLERANCE, overridesText: 'at most 4 per-joint overrides', channelsText: 'yaw, pitch, insertion, roll' },
      options.servo ?? {},
    );
    const { lower, upper } = ecm.jointLimits;
    const home = options.homeJoints ?? ECM_SIMULATED_HOME;
    if (!Array.isArray(home) || home.length !== 4 || !home.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new RangeError(`SimulatedEcm: homeJoints must be 4 finite numbers (yaw, pitch rad, insertion m, roll rad); got ${describe(home)}`);
    }
    home.forEach((v, i) => {
      if (v < lower[i]! || v > upper[i]!) {
        throw new RangeError(`SimulatedEcm: homeJoints[${i}] (${ECM_JOINT_NAMES[i]}) = ${v} is outside the joint limits [${lower[i]}, ${upper[i]}]`);
      }
    });
    const minIns = options.minCartesianInsertionM ?? DVRK_ECM_MIN_CARTESIAN_INSERTION_M;
    if (typeof minIns !== 'number' || !(minIns >= 0 && minIns <= upper[2]!)) {
      throw new RangeError(`SimulatedEcm: minCartesianInsertionM must be a number in [0, ${upper[2]}] m (0 turns the dVRK's 40 mm rule off); got ${describe(minIns)}`);
    }
    super({ className: NAME, joints: ECM_CHANNELS, jawChannel: null, channelName: (i) => ECM_JOINT_NAMES[i]!, faultChannels: ECM_FAULT_CHANNELS }, servo, lower, upper, home);
    this.endoscope = endoscope;
    this.ecm = ecm;
    this.encoder = new JointEncoder(noise, ECM_ENCODER_QUANTUM, new Xoshiro128(seed));
    this.minInsertion = minIns;
  }

  protected measure(q: Float64Array, out: Float64Array): void {
    this.encoder.measure(q, out);
  }

  protected forward(measured: Float64Array, out: Float64Array): void {
    ecmFkInto(this.ecm, measured, out);
  }

  /**
   * servo_jp (4 joints) is clamped into the limits; servo_cp goes through IK seeded with the current
   * target (nearest reachable when out of reach), then the 40 mm insertion rule. jaw_rad is ignored.
   */
  protected apply(target: EcmCommand, _cmd: ArmCommand, next: Float64Array): boolean {
    if (target.kind === 'jp') {
      const { lower, upper } = this.ecm.jointLimits;
      return this.clampJoints(target.values, lower, upper, next);
    }
    let clamped = false;
    const seed = this.ikSeed;
    const tg = this.servo.target;
    seed[0] = tg[0]!; seed[1] = tg[1]!; seed[2] = tg[2]!; seed[3] = tg[3]!;
    const ik = ecmSolveIk34(this.ecm, this.ikTarget, seed);
    this.solvedIk = ik;
    if (!ik.reachable) clamped = true;
    next.set(ik.q);
    if (next[2]! < this.minInsertion) {
      next[2] = this.minInsertion;
      clamped = true;
    }
    return clamped;
  }

  protected parse(cmd: ArmCommand): EcmCommand {
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
