// dVRK Classic ECM kinematics: forward kinematics from the modified-DH table and the endoscope tip
// offset, closed-form inverse kinematics, joint limits, and the nearest reachable pose for targets a
// four-joint arm cannot reach. Browser-safe.
//
// Frames: the ECM base frame, whose origin is the ECM's remote centre of motion (RCM). The tip frame
// is the camera frame (dVRK "ECM-Local": DH * tooltip offset): it looks along +z.
// Joints: q = [yaw rad, pitch rad, insertion m, roll rad].

import {
  ECM_CLASSIC_ARM,
  ECM_JOINT_NAMES,
  ECM_SIMULATED_HOME,
  ENDOSCOPE_TIP_OFFSETS,
  isEndoscopeType,
  type EndoscopeType,
} from './ecm-tables.js';
import { appendModified, appendRotation, checkJointVector, dhLinks, setIdentity34, toRotationPose34, type DhLink } from './dh-chain.js';
import { checkAnyPose, describe, type AnyPose, type Mat3, type RotationPose } from './math.js';
import type { IkSolution, JointLimits } from './kinematics.js';
import type { DhJoint } from './tools.js';

export interface EcmIkOptions {
  /**
   * Joints to fall back on where the pose leaves a joint undefined: the yaw and pitch when the target
   * is on the RCM, the roll when the target rotation says nothing about it. Default ECM_SIMULATED_HOME.
   */
  seed?: readonly number[];
}

export interface EcmIkSolution extends IkSolution {
  /** The tip position alone is reachable inside the limits (the rotation may still not be). */
  positionReachable: boolean;
}

export interface Ecm {
  readonly endoscope: EndoscopeType;
  /** The four modified-DH rows. */
  readonly dh: readonly DhJoint[];
  readonly jointLimits: JointLimits;
  /** Camera rotation appended after joint 4 (row-major). */
  readonly tipOffset: Mat3;
  /** Camera (tip) pose for joints q, in the ECM base (RCM) frame. */
  forwardKinematics(q: readonly number[]): RotationPose;
  /** Frames after each of the four joints, then the camera (5 poses), for drawing. Frame i's z axis is joint i's axis. */
  linkFrames(q: readonly number[]): RotationPose[];
  /** Joints for a camera pose; nearest reachable when out of reach (see inverseKinematicsDetailed). */
  inverseKinematics(pose: AnyPose, options?: EcmIkOptions): number[];
  /**
   * Closed form. Four joints cannot reach every pose: the position fixes yaw, pitch and insertion
   * (the camera sits on the shaft axis), the rotation then only picks the roll. The answer is the
   * reachable position nearest the target (exact Euclidean projection onto the workspace), then the
   * roll that minimises the rotation error; reachable when both are exact (rotation within
   * ECM_ORIENTATION_TOLERANCE_RAD).
   */
  inverseKinematicsDetailed(pose: AnyPose, options?: EcmIkOptions): EcmIkSolution;
  clampJoints(q: readonly number[]): { q: number[]; clamped: boolean };
}

export interface CreateEcmOptions {
  /** Default 'STRAIGHT' (0 deg scope). */
  endoscope?: EndoscopeType;
}

/**
 * A target rotation within this of the best the arm can do counts as reached: a pose computed from a
 * measured one (camera control) carries rounding the arm need not be told about.
 */
export const ECM_ORIENTATION_TOLERANCE_RAD = 1e-6;

/** Joints within this of a limit count as inside it (floating-point slack of the closed form). */
const LIMIT_SLACK = 1e-9;

export function createEcm(options: CreateEcmOptions = {}): Ecm {
  if (typeof options !== 'object' || options === null) {
    throw new RangeError(`createEcm: options must be an object like { endoscope: 'STRAIGHT' }; got ${describe(options)}`);
  }
  const endoscope = options.endoscope ?? 'STRAIGHT';
  if (!isEndoscopeType(endoscope)) {
    throw new RangeError(`createEcm: endoscope must be 'STRAIGHT' (0 deg), 'UP' or 'DOWN' (30 deg scopes); got ${describe(endoscope)}`);
  }
  return new EcmKinematics(endoscope);
}

class EcmKinematics implements Ecm {
  readonly endoscope: EndoscopeType;
  readonly dh: readonly DhJoint[] = ECM_CLASSIC_ARM;
  readonly jointLimits: JointLimits;
  readonly tipOffset: Mat3;

  private readonly links: DhLink[];
  private readonly lo: number[];
  private readonly hi: number[];
  private readonly tt: Float64Array;
  /** Distance RCM -> camera along the shaft is s = q3 + shaftOffset (insertion offset + roll link D). */
  private readonly shaftOffset: number;
  private readonly m = new Float64Array(12);
  private readonly fkScratch = new Float64Array(12);
  private readonly n9 = new Float64Array(9);

  constructor(endoscope: EndoscopeType) {
    this.endoscope = endoscope;
    this.links = dhLinks(this.dh);
    this.lo = this.dh.map((j) => j.qMin);
    this.hi = this.dh.map((j) => j.qMax);
    this.jointLimits = { lower: [...this.lo], upper: [...this.hi] };
    const off = ENDOSCOPE_TIP_OFFSETS[endoscope];
    this.tipOffset = off.map((r) => [...r]);
    this.tt = Float64Array.from(off.flat());
    this.shaftOffset = ECM_CLASSIC_ARM[2].offset + ECM_CLASSIC_ARM[2].d + ECM_CLASSIC_ARM[3].d;
  }

  // ---------------------------------------------------------------------------------------------
  // Forward kinematics

  private chain(q: ArrayLike<number>, n: number, out: Float64Array): void {
    setIdentity34(out);
    for (let i = 0; i < n; i++) appendModified(out, this.links[i]!, q[i]!);
  }

  /** Camera pose into out (3x4 row-major), allocation-free. */
  fkInto(q: ArrayLike<number>, out: Float64Array): void {
    this.chain(q, 4, out);
    appendRotation(out, this.tt);
  }

  forwardKinematics(q: readonly number[]): RotationPose {
    checkJointVector(q, 4, 'Ecm.forwardKinematics', ECM_JOINT_NAMES);
    const out = new Float64Array(12);
    this.fkInto(q, out);
    return toRotationPose34(out);
  }

  linkFrames(q: readonly number[]): RotationPose[] {
    checkJointVector(q, 4, 'Ecm.linkFrames', ECM_JOINT_NAMES);
    const frames: RotationPose[] = [];
    const out = new Float64Array(12);
    for (let n = 1; n <= 4; n++) {
      this.chain(q, n, out);
      frames.push(toRotationPose34(out));
    }
    this.fkInto(q, out);
    frames.push(toRotationPose34(out));
    return frames;
  }

  clampJoints(q: readonly number[]): { q: number[]; clamped: boolean } {
    checkJointVector(q, 4, 'Ecm.clampJoints', ECM_JOINT_NAMES);
    let clamped = false;
    const out = q.map((v, i) => {
      const c = Math.min(this.hi[i]!, Math.max(this.lo[i]!, v));
      if (c !== v) clamped = true;
      return c;
    });
    return { q: out, clamped };
  }

  // ---------------------------------------------------------------------------------------------
  // Inverse kinematics

  inverseKinematics(pose: AnyPose, options?: EcmIkOptions): number[] {
    return this.inverseKinematicsDetailed(pose, options).q;
  }

  inverseKinematicsDetailed(pose: AnyPose, options: EcmIkOptions = {}): EcmIkSolution {
    if (typeof options !== 'object' || options === null) {
      throw new RangeError(`Ecm.inverseKinematics: options must be an object like { seed: [yaw, pitch, insertion, roll] }; got ${describe(options)}`);
    }
    const target = checkAnyPose(pose, 'Ecm.inverseKinematics');
    const seed = options.seed ?? ECM_SIMULATED_HOME;
    checkJointVector(seed, 4, 'Ecm.inverseKinematics seed', ECM_JOINT_NAMES);
    const T = new Float64Array(12);
    const r = target.rotation;
    for (let i = 0; i < 3; i++) {
      T[i * 4] = r[i]![0]!; T[i * 4 + 1] = r[i]![1]!; T[i * 4 + 2] = r[i]![2]!; T[i * 4 + 3] = target.position[i]!;
    }
    return this.solve(T, seed);
  }

  /**
   * IK on a validated 3x4 row-major target (internal: the driver calls it after its own checks).
   *
   * Geometry (from the table): the camera sits on the shaft, which passes through the RCM in the
   * direction d(q1, q2) = (sin q1 cos q2, -sin q2, -cos q1 cos q2), at distance s = q3 + shaftOffset.
   * So P = s d: q1 = atan2(dx, -dz), q2 = -asin(dy), q3 = |P| - shaftOffset, unique inside the limits
   * (|yaw| <= 90 deg, pitch in -44..65 deg, s > 0). Out of reach, the nearest reachable position is
   * s* d* with d* the direction in the joint box maximising u.d (u = P/|P|: interior if u is in the box,
   * else on an edge, where u.d is a sinusoid of the free joint) and s* = |P| (u.d*) clamped into the
   * insertion range; for every s > 0 the nearest point of the sphere of radius s is s d*, so this is
   * the exact projection. The rotation is R3 RotZ(q4) Tip: the trace of R_target^T R is
   * (M00 + M11) cos q4 + (M01 - M10) sin q4 + M22 with M = Tip R_target^T R3, maximised (the rotation
   * error minimised) at q4 = atan2(M01 - M10, M00 + M11), or at the nearer-valued roll limit.
   */
  solve(T: Float64Array, seed: readonly number[]): EcmIkSolution {
    const lo = this.lo, hi = this.hi;
    const px = T[3]!, py = T[7]!, pz = T[11]!;
    const r = Math.sqrt(px * px + py * py + pz * pz);
    const sMin = lo[2]! + this.shaftOffset, sMax = hi[2]! + this.shaftOffset;
    const q = [0, 0, 0, 0];
    let positionReachable = false;
    if (r > 1e-12) {
      const ux = px / r, uy = py / r, uz = pz / r;
      const q1 = Math.atan2(ux, -uz);
      const q2 = -Math.asin(uy > 1 ? 1 : uy < -1 ? -1 : uy);
      if (q1 >= lo[0]! - LIMIT_SLACK && q1 <= hi[0]! + LIMIT_SLACK && q2 >= lo[1]! - LIMIT_SLACK && q2 <= hi[1]! + LIMIT_SLACK) {
        q[0] = clamp(q1, lo[0]!, hi[0]!);
        q[1] = clamp(q2, lo[1]!, hi[1]!);
        positionReachable = r >= sMin - LIMIT_SLACK && r <= sMax + LIMIT_SLACK;
        q[2] = clamp(r, sMin, sMax) - this.shaftOffset;
      } else {
        const [b1, b2, cosAngle] = this.bestDirection(ux, uy, uz);
        q[0] = b1;
        q[1] = b2;
        q[2] = clamp(r * cosAngle, sMin, sMax) - this.shaftOffset;
      }
    } else {
      // On the RCM: the direction is undefined (and the RCM itself out of reach: s >= sMin > 0).
      q[0] = clamp(seed[0]!, lo[0]!, hi[0]!);
      q[1] = clamp(seed[1]!, lo[1]!, hi[1]!);
      q[2] = lo[2]!;
    }
    q[2] = clamp(q[2]!, lo[2]!, hi[2]!);

    // Roll from the rotation: M = Tip * R_target^T * R3.
    const m = this.m;
    this.chain(q, 3, m);
    const tt = this.tt;
    // N = R_target^T R3 (3x3); only M00, M01, M10, M11 of M = Tip N are needed.
    const N = this.n9;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) N[i * 3 + j] = T[i]! * m[j]! + T[4 + i]! * m[4 + j]! + T[8 + i]! * m[8 + j]!;
    }
    const m00 = tt[0]! * N[0]! + tt[1]! * N[3]! + tt[2]! * N[6]!;
    const m01 = tt[0]! * N[1]! + tt[1]! * N[4]! + tt[2]! * N[7]!;
    const m10 = tt[3]! * N[0]! + tt[4]! * N[3]! + tt[5]! * N[6]!;
    const m11 = tt[3]! * N[1]! + tt[4]! * N[4]! + tt[5]! * N[7]!;
    const A = m00 + m11, B = m01 - m10;
    let roll: number;
    if (Math.abs(A) + Math.abs(B) < 1e-12) roll = clamp(seed[3]!, lo[3]!, hi[3]!);
    else {
      roll = Math.atan2(B, A);
      if (roll < lo[3]! || roll > hi[3]!) {
        // The best roll is outside the limits: the better of the two limits (the trace is a sinusoid of q4).
        const fLo = A * Math.cos(lo[3]!) + B * Math.sin(lo[3]!);
        const fHi = A * Math.cos(hi[3]!) + B * Math.sin(hi[3]!);
        roll = fLo >= fHi ? lo[3]! : hi[3]!;
      }
    }
    q[3] = roll;

    const F = this.fkScratch;
    this.fkInto(q, F);
    const positionErrorM = Math.hypot(F[3]! - px, F[7]! - py, F[11]! - pz);
    const rotationErrorRad = rotationAngle34(F, T);
    const reachable = positionReachable && rotationErrorRad <= ECM_ORIENTATION_TOLERANCE_RAD;
    return { q, reachable, clamped: !reachable, positionErrorM, rotationErrorRad, positionReachable };
  }

  /**
   * The shaft direction inside the yaw/pitch box nearest the unit vector u: the joints and cos of the
   * angle to u. Called when u itself is outside the box, so the maximum of u.d is on the boundary.
   * On an edge of fixed yaw c, u.d = A cos q2 + B sin q2 (A = ux sin c - uz cos c, B = -uy); on an
   * edge of fixed pitch c, u.d = cos c (ux sin q1 - uz cos q1) - uy sin c, with cos c > 0 in the
   * limits. Each is a sinusoid: its peak if inside the edge, else the better end (the edges span less
   * than 180 deg).
   */
  private bestDirection(ux: number, uy: number, uz: number): [number, number, number] {
    const lo = this.lo, hi = this.hi;
    const f = (a: number, b: number): number => ux * Math.sin(a) * Math.cos(b) - uy * Math.sin(b) - uz * Math.cos(a) * Math.cos(b);
    let best1 = lo[0]!, best2 = lo[1]!, bestF = -Infinity;
    const consider = (a: number, b: number): void => {
      const v = f(a, b);
      if (v > bestF) { bestF = v; best1 = a; best2 = b; }
    };
    for (const c of [lo[0]!, hi[0]!]) {
      const peak = Math.atan2(-uy, ux * Math.sin(c) - uz * Math.cos(c));
      if (peak > lo[1]! && peak < hi[1]!) consider(c, peak);
      consider(c, lo[1]!);
      consider(c, hi[1]!);
    }
    const peak1 = Math.atan2(ux, -uz);
    for (const c of [lo[1]!, hi[1]!]) {
      if (peak1 > lo[0]! && peak1 < hi[0]!) consider(peak1, c);
    }
    return [best1, best2, bestF];
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** Angle between the rotation parts of two 3x4 row-major transforms. */
function rotationAngle34(a: Float64Array, b: Float64Array): number {
  const d = (i: number, j: number): number => a[i]! * b[j]! + a[4 + i]! * b[4 + j]! + a[8 + i]! * b[8 + j]!;
  const tr = d(0, 0) + d(1, 1) + d(2, 2);
  const sx = d(2, 1) - d(1, 2), sy = d(0, 2) - d(2, 0), sz = d(1, 0) - d(0, 1);
  return Math.atan2(Math.sqrt(sx * sx + sy * sy + sz * sz), tr - 1);
}

/** Internal: allocation-free camera pose for the driver (3x4 row-major [R | p]). */
export function ecmFkInto(ecm: Ecm, q: ArrayLike<number>, out: Float64Array): void {
  (ecm as EcmKinematics).fkInto(q, out);
}

/** Internal: IK on a 3x4 row-major target, used by the driver after it validated the pose. */
export function ecmSolveIk34(ecm: Ecm, T: Float64Array, seed: readonly number[]): EcmIkSolution {
  return (ecm as EcmKinematics).solve(T, seed);
}
