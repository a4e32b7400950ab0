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

import type { ArmCommand, ArmDriver } from '@farhand/latency-core';
import { createPsm, fkInto, solveIk34, type IkSolution, type Psm } from './kinematics.js';
import { QUAT_NORM_TOLERANCE, checkQuat, describe, isVec3, quatToRotation } from './math.js';
import { Xoshiro128 } from './prng.js';
import { Encoder } from './encoder.js';
import { DVRK_PSM_SERVO, DVRK_PSM_TRACKING_TOLERANCE, JAW_CHANNEL } from './servo.js';
import type { NoiseOptions } from './encoder.js';
import type { ServoOptions } from './servo.js';
import { JOINT_NAMES, isToolName, type ToolName } from './tools.js';
import { ServoArm, type ArmCommandStatus } from './servo-arm.js';
import { checkNoise, checkSeed, checkServo } from './arm-options.js';

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
export type CommandStatus = ArmCommandStatus<IkSolution>;

export type { InjectedFault } from './fault-schedule.js';
export { SIM_FAULT_CODES } from './servo-arm.js';

export const DEFAULT_HOME_JOINTS: readonly number[] = [0, 0, 0.12, 0, 0, 0];

const NAME = 'SimulatedPsm';

type PsmCommand = { kind: 'jp'; values: readonly number[] } | { kind: 'cp' };

export class SimulatedPsm extends ServoArm<IkSolution, PsmCommand> implements ArmDriver {
  readonly name = 'sim';
  /** Kinematics of this arm and tool (the same code the console draws with). */
  readonly psm: Psm;
  readonly tool: ToolName;

  private readonly encoder: Encoder;
  private readonly ikTarget = new Float64Array(12);
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
    const psm = createPsm({ tool });
    const seed = checkSeed(NAME, options.seed ?? 1);
    const noise = checkNoise(NAME, options.noise ?? {}, 7, '6 joints then jaw');
    const servo = checkServo(
      { className: NAME, base: DVRK_PSM_SERVO, defaultTolerance: DVRK_PSM_TRACKING_TOLERANCE, overridesText: 'at most 7 per-channel overrides (6 joints then jaw)', channelsText: '6 joints then jaw' },
      options.servo ?? {},
    );
    const lower = [...psm.jointLimits.lower, psm.jawLimits.lower];
    const upper = [...psm.jointLimits.upper, psm.jawLimits.upper];
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
    super(
      { className: NAME, joints: 6, jawChannel: JAW_CHANNEL, channelName: (i) => (i === JAW_CHANNEL ? 'jaw' : JOINT_NAMES[i]!) },
      servo,
      lower,
      upper,
      [...home, jawHome],
    );
    this.tool = tool;
    this.psm = psm;
    this.encoder = new Encoder(noise, psm.tool.actuatorToJoint, new Xoshiro128(seed));
  }

  protected measure(q: Float64Array, out: Float64Array): void {
    this.encoder.measure(q, out);
  }

  protected forward(measured: Float64Array, out: Float64Array): void {
    fkInto(this.psm, measured, out);
  }

  /**
   * servo_jp is clamped into the joint limits; servo_cp goes through inverse kinematics seeded with the
   * current target, and an unreachable pose becomes the nearest reachable one (flagged in lastCommand,
   * not a fault). The jaw is clamped into its limits.
   */
  protected apply(target: PsmCommand, cmd: ArmCommand, next: Float64Array): boolean {
    let clamped = false;
    if (target.kind === 'jp') {
      clamped = this.clampJoints(target.values, this.psm.jointLimits.lower, this.psm.jointLimits.upper, next);
    } else {
      const seed = this.ikSeed;
      const tg = this.servo.target;
      seed[0] = tg[0]!; seed[1] = tg[1]!; seed[2] = tg[2]!; seed[3] = tg[3]!; seed[4] = tg[4]!; seed[5] = tg[5]!;
      const ik = solveIk34(this.psm, this.ikTarget, seed);
      this.solvedIk = ik;
      if (!ik.reachable) clamped = true;
      next.set(ik.q);
    }
    const jaw = Math.min(this.psm.jawLimits.upper, Math.max(this.psm.jawLimits.lower, cmd.jaw_rad));
    if (jaw !== cmd.jaw_rad) clamped = true;
    next[JAW_CHANNEL] = jaw;
    return clamped;
  }

  /** Validate a command; for servo_cp also fills ikTarget. Throws RangeError; the arm holds. */
  protected parse(cmd: ArmCommand): PsmCommand {
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

