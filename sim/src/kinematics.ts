// dVRK Classic PSM kinematics: forward kinematics from the modified-DH tables, closed-form inverse
// kinematics, joint limits, and the nearest reachable pose for targets outside them.
// Browser-safe (the console draws the arm with this same code).
//
// Frames: everything is in the PSM base frame whose origin is the remote centre of motion (RCM).
// Joints: q = [yaw rad, pitch rad, insertion m, roll rad, wrist pitch rad, wrist yaw rad].

import { PSM_CLASSIC_ARM, TOOLS, isToolName, type DhJoint, type ToolModel, type ToolName } from './tools.js';
import { checkAnyPose, describe, type AnyPose, type Mat3, type RotationPose } from './math.js';

export interface JointLimits {
  /** 6 values, rad except insertion in m */
  lower: readonly number[];
  upper: readonly number[];
}

export interface IkOptions {
  /**
   * Joints to stay near (e.g. the current setpoint). Picks the roll turn (roll spans 520 deg, so two
   * turns can be valid), breaks ties, and is where the search starts at the rare singular poses.
   * Default: [0, 0, 0.12, 0, 0, 0].
   */
  seed?: readonly number[];
}

export interface IkSolution {
  /** The six joints, always inside the joint limits. */
  q: number[];
  /** True when the pose is reached exactly by joints inside the limits. */
  reachable: boolean;
  /** True when the pose was out of reach and q is the nearest reachable configuration found. */
  clamped: boolean;
  /** |FK(q).position - target.position|, m. */
  positionErrorM: number;
  /** Angle between FK(q).rotation and the target rotation, rad. */
  rotationErrorRad: number;
}

export interface Psm {
  readonly toolName: ToolName;
  readonly tool: ToolModel;
  /** The six modified-DH rows (arm joints 1-3, then the tool's joints 4-6). */
  readonly dh: readonly DhJoint[];
  readonly jointLimits: JointLimits;
  /** Jaw opening limits, rad. */
  readonly jawLimits: { lower: number; upper: number };
  /** Tool tip pose for joints q. */
  forwardKinematics(q: readonly number[]): RotationPose;
  /**
   * Frames after each of the six joints, then the tool tip (7 poses), for drawing the arm.
   * Frame i's z axis is joint i's axis.
   */
  linkFrames(q: readonly number[]): RotationPose[];
  /** Joints for a tool-tip pose ({position, rotation} or {position, orientation}); nearest reachable when out of reach. */
  inverseKinematics(pose: AnyPose, options?: IkOptions): number[];
  /** Same, with the reachability flag and the residual error. */
  inverseKinematicsDetailed(pose: AnyPose, options?: IkOptions): IkSolution;
  /** Clamp joints into the limits. */
  clampJoints(q: readonly number[]): { q: number[]; clamped: boolean };
}

export interface CreatePsmOptions {
  tool?: ToolName;
}

/** Default joints to stay near when no seed is given: centre of the workspace, 12 cm inserted. */
export const DEFAULT_IK_SEED: readonly number[] = [0, 0, 0.12, 0, 0, 0];

/**
 * How the nearest reachable pose weighs orientation against position: 1 deg of orientation error
 * costs as much as 1 mm of position error. The tip position is what touches tissue, so position is
 * not traded away for small orientation gains.
 */
export const ORIENTATION_WEIGHT_M_PER_RAD = 0.001 / (Math.PI / 180);

const TWO_PI = 2 * Math.PI;
/** Bounds of the nearest-reachable descent: its cost per call stays bounded (see the benchmark). */
const LM_MAX_ITERATIONS = 30;
/** Stop descending when an iteration gains less than this (1 nm of the weighted distance). */
const LM_MIN_IMPROVEMENT_M = 1e-9;
/** Joints within this of a limit count as inside it (floating-point slack of the closed form). */
const LIMIT_SLACK = 1e-9;

export function createPsm(options: CreatePsmOptions = {}): Psm {
  if (typeof options !== 'object' || options === null) {
    throw new RangeError(`createPsm: options must be an object like { tool: 'LND400006' }; got ${describe(options)}`);
  }
  const toolName = options.tool ?? 'LND400006';
  if (!isToolName(toolName)) {
    throw new RangeError(`createPsm: tool must be 'LND400006' (Classic large needle driver) or 'LND420006' (S/Si large needle driver); got ${describe(toolName)}`);
  }
  return new PsmKinematics(toolName);
}

/** Precomputed per-joint constants of the modified-DH chain. */
interface Link {
  ca: number;
  sa: number;
  a: number;
  prismatic: boolean;
  offset: number;
  d: number;
}

class PsmKinematics implements Psm {
  readonly toolName: ToolName;
  readonly tool: ToolModel;
  readonly dh: readonly DhJoint[];
  readonly jointLimits: JointLimits;
  readonly jawLimits: { lower: number; upper: number };

  private readonly links: Link[];
  private readonly lo: number[];
  private readonly hi: number[];
  private readonly tt: number[]; // tooltip offset rotation, row-major 9
  /** Distance from the RCM to the wrist-pitch axis along the shaft, minus q3: s = q3 + shaftOffset. */
  private readonly shaftOffset: number;
  /** Wrist-pitch to wrist-yaw axis distance (the jaw pivot), m. */
  private readonly wristLength: number;
  // Scratch buffers, reused so the 1 kHz path does not allocate.
  private readonly m = new Float64Array(12);
  private readonly m3 = new Float64Array(12);
  private readonly cand = new Float64Array(6);
  private readonly bestQ = new Float64Array(6);
  private readonly outside = new Float64Array(24);
  private readonly r6 = new Float64Array(9);
  private readonly fkScratch = new Float64Array(12);
  private readonly frames = new Float64Array(72);

  constructor(toolName: ToolName) {
    this.toolName = toolName;
    this.tool = TOOLS[toolName];
    this.dh = [...PSM_CLASSIC_ARM, ...this.tool.joints];
    this.links = this.dh.map((j) => ({
      ca: Math.cos(j.alpha),
      sa: Math.sin(j.alpha),
      a: j.a,
      prismatic: j.type === 'prismatic',
      offset: j.offset,
      d: j.d,
    }));
    this.lo = this.dh.map((j) => j.qMin);
    this.hi = this.dh.map((j) => j.qMax);
    this.jointLimits = { lower: [...this.lo], upper: [...this.hi] };
    this.jawLimits = { lower: this.tool.jawMinRad, upper: this.tool.jawMaxRad };
    this.tt = this.tool.tooltipOffset.flatMap((r) => [...r]);
    this.shaftOffset = PSM_CLASSIC_ARM[2].offset + PSM_CLASSIC_ARM[2].d + this.tool.joints[0].d;
    this.wristLength = this.tool.joints[2].a;
  }

  // ---------------------------------------------------------------------------------------------
  // Forward kinematics

  /**
   * Compose joints [0, n) into out (3x4 row-major [R | p]). The modified-DH step
   * T = RotX(alpha) TransX(a) RotZ(theta) TransZ(d) is multiplied in closed form.
   */
  private chain(q: ArrayLike<number>, n: number, out: Float64Array): void {
    out[0] = 1; out[1] = 0; out[2] = 0; out[3] = 0;
    out[4] = 0; out[5] = 1; out[6] = 0; out[7] = 0;
    out[8] = 0; out[9] = 0; out[10] = 1; out[11] = 0;
    for (let i = 0; i < n; i++) this.appendLink(out, i, q[i]!);
  }

  /** All six frames (after each joint) in one pass, 12 numbers each, into out (72). */
  private framesInto(q: ArrayLike<number>, out: Float64Array): void {
    const m = this.m;
    this.chain(q, 1, m);
    out.set(m, 0);
    for (let i = 1; i < 6; i++) {
      this.appendLink(m, i, q[i]!);
      out.set(m, i * 12);
    }
  }

  /** Multiply link i (joint value qi) onto m in place. */
  private appendLink(m: Float64Array, i: number, qi: number): void {
    const l = this.links[i]!;
    let ct: number, st: number, d: number;
    if (l.prismatic) { ct = 1; st = 0; d = qi + l.offset + l.d; }
    else { const th = qi + l.offset; ct = Math.cos(th); st = Math.sin(th); d = l.d; }
    const t10 = st * l.ca, t11 = ct * l.ca, t12 = -l.sa;
    const t20 = st * l.sa, t21 = ct * l.sa, t22 = l.ca;
    for (let r = 0; r < 3; r++) {
      const o = r * 4;
      const m0 = m[o]!, m1 = m[o + 1]!, m2 = m[o + 2]!, m3 = m[o + 3]!;
      m[o] = m0 * ct + m1 * t10 + m2 * t20;
      m[o + 1] = -m0 * st + m1 * t11 + m2 * t21;
      m[o + 2] = m1 * t12 + m2 * t22;
      m[o + 3] = m0 * l.a + (m1 * t12 + m2 * t22) * d + m3;
    }
  }

  /** Tip = frame 6 (at offset 60 of frames) times the tooltip offset. */
  private tipFromFrame6(frames: Float64Array, out: Float64Array): void {
    const tt = this.tt;
    for (let r = 0; r < 3; r++) {
      const o = 60 + r * 4;
      const a = frames[o]!, b = frames[o + 1]!, c = frames[o + 2]!;
      out[r * 4] = a * tt[0]! + b * tt[3]! + c * tt[6]!;
      out[r * 4 + 1] = a * tt[1]! + b * tt[4]! + c * tt[7]!;
      out[r * 4 + 2] = a * tt[2]! + b * tt[5]! + c * tt[8]!;
      out[r * 4 + 3] = frames[o + 3]!;
    }
  }

  /** Tool tip into out (3x4 row-major), allocation-free. */
  fkInto(q: ArrayLike<number>, out: Float64Array): void {
    const m = this.m;
    this.chain(q, 6, m);
    const tt = this.tt;
    for (let r = 0; r < 3; r++) {
      const o = r * 4;
      const a = m[o]!, b = m[o + 1]!, c = m[o + 2]!;
      out[o] = a * tt[0]! + b * tt[3]! + c * tt[6]!;
      out[o + 1] = a * tt[1]! + b * tt[4]! + c * tt[7]!;
      out[o + 2] = a * tt[2]! + b * tt[5]! + c * tt[8]!;
      out[o + 3] = m[o + 3]!;
    }
  }

  forwardKinematics(q: readonly number[]): RotationPose {
    checkJoints(q, 'forwardKinematics');
    const out = new Float64Array(12);
    this.fkInto(q, out);
    return toRotationPose(out);
  }

  linkFrames(q: readonly number[]): RotationPose[] {
    checkJoints(q, 'linkFrames');
    const frames: RotationPose[] = [];
    const out = new Float64Array(12);
    for (let n = 1; n <= 6; n++) {
      this.chain(q, n, out);
      frames.push(toRotationPose(out));
    }
    this.fkInto(q, out);
    frames.push(toRotationPose(out));
    return frames;
  }

  clampJoints(q: readonly number[]): { q: number[]; clamped: boolean } {
    checkJoints(q, 'clampJoints');
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

  inverseKinematics(pose: AnyPose, options?: IkOptions): number[] {
    return this.inverseKinematicsDetailed(pose, options).q;
  }

  inverseKinematicsDetailed(pose: AnyPose, options: IkOptions = {}): IkSolution {
    const target = checkAnyPose(pose, 'inverseKinematics');
    const seed = options.seed ?? DEFAULT_IK_SEED;
    checkJoints(seed, 'inverseKinematics seed');
    const T = new Float64Array(12);
    const r = target.rotation;
    for (let i = 0; i < 3; i++) {
      T[i * 4] = r[i]![0]!; T[i * 4 + 1] = r[i]![1]!; T[i * 4 + 2] = r[i]![2]!; T[i * 4 + 3] = target.position[i]!;
    }
    return this.solve(T, seed);
  }

  /**
   * Closed form. Geometry (from the DH table): the shaft passes through the RCM (origin) and the
   * wrist-pitch point W at signed distance s = q3 + shaftOffset along it; the tip P sits at W + a*x5,
   * where x5 is perpendicular to both wrist axes. The wrist-yaw axis z6 lies in the plane through the
   * RCM that contains the shaft and x5, so x5 is the unit component of P perpendicular to z6 (up to
   * sign) and W = P - a*x5. The shaft direction fixes yaw and pitch; R3^T R6 gives roll, wrist pitch
   * and wrist yaw as a Z-Y-Z-like decomposition that is unique for |wrist pitch| < 90 deg (the limit
   * is 80). Four sign candidates (x5, shaft) are tried; those not consistent with the tip are dropped.
   * No iteration, so nothing to converge; the solver below runs only for poses outside the limits
   * and for two measure-zero singular sets (yaw axis through the RCM, wrist point on the RCM).
   */
  /** IK on a validated 3x4 row-major target (internal: the driver calls it after its own checks). */
  solve(T: Float64Array, seed: readonly number[]): IkSolution {
    // R6 = R_tip * tooltipOffset^T
    const tt = this.tt;
    const R6 = this.r6;
    for (let rI = 0; rI < 3; rI++) {
      const a = T[rI * 4]!, b = T[rI * 4 + 1]!, c = T[rI * 4 + 2]!;
      R6[rI * 3] = a * tt[0]! + b * tt[1]! + c * tt[2]!;
      R6[rI * 3 + 1] = a * tt[3]! + b * tt[4]! + c * tt[5]!;
      R6[rI * 3 + 2] = a * tt[6]! + b * tt[7]! + c * tt[8]!;
    }
    const px = T[3]!, py = T[7]!, pz = T[11]!;
    const z6x = R6[2]!, z6y = R6[5]!, z6z = R6[8]!;
    const pz6 = px * z6x + py * z6y + pz * z6z;
    const ux = px - pz6 * z6x, uy = py - pz6 * z6y, uz = pz - pz6 * z6z;
    const un = Math.sqrt(ux * ux + uy * uy + uz * uz);

    const q = this.cand;
    const best = this.bestQ;
    let haveBest = false;
    let bestDist = Infinity;
    const outside = this.outside; // consistent candidates outside the limits, 6 per slot
    let nOutside = 0;
    const m3 = this.m3;

    // Pass 0 tries only the candidates whose insertion can be inside its limits (the common case, about
    // half the work); pass 1, only when pass 0 found nothing inside the limits, tries all four and keeps
    // the out-of-limit ones as starting points for the nearest-reachable search.
    for (let pass = 0; pass < 2 && !haveBest && un > 1e-12; pass++) {
      nOutside = 0;
      for (let sx = 1; sx >= -1; sx -= 2) {
        const x5x = (sx * ux) / un, x5y = (sx * uy) / un, x5z = (sx * uz) / un;
        const wx = px - this.wristLength * x5x, wy = py - this.wristLength * x5y, wz = pz - this.wristLength * x5z;
        const wn = Math.sqrt(wx * wx + wy * wy + wz * wz);
        if (wn < 1e-12) continue;
        for (let ss = 1; ss >= -1; ss -= 2) {
          const q3 = ss * wn - this.shaftOffset;
          if (pass === 0 && (q3 < this.lo[2]! - LIMIT_SLACK || q3 > this.hi[2]! + LIMIT_SLACK)) continue;
          // Shaft direction z3 = (sin q1 cos q2, -sin q2, -cos q1 cos q2).
          const z3x = (ss * wx) / wn, z3y = (ss * wy) / wn, z3z = (ss * wz) / wn;
          q[0] = Math.atan2(z3x, -z3z);
          q[1] = -Math.asin(z3y > 1 ? 1 : z3y < -1 ? -1 : z3y);
          q[2] = q3;
          // M = R3^T R6: we need its third column and third row.
          this.chain(q, 3, m3);
          const m02 = m3[0]! * R6[2]! + m3[4]! * R6[5]! + m3[8]! * R6[8]!;
          const m12 = m3[1]! * R6[2]! + m3[5]! * R6[5]! + m3[9]! * R6[8]!;
          const m22 = m3[2]! * R6[2]! + m3[6]! * R6[5]! + m3[10]! * R6[8]!;
          const m20 = m3[2]! * R6[0]! + m3[6]! * R6[3]! + m3[10]! * R6[6]!;
          const m21 = m3[2]! * R6[1]! + m3[6]! * R6[4]! + m3[10]! * R6[7]!;
          q[3] = Math.atan2(m12, m02);
          q[4] = -Math.asin(m22 > 1 ? 1 : m22 < -1 ? -1 : m22);
          q[5] = Math.atan2(m20, m21);
          // Consistency: x5 implied by the joints, R6 * (sin q6, cos q6, 0), must be the x5 we chose.
          const s6 = Math.sin(q[5]), c6 = Math.cos(q[5]);
          const x5qx = R6[0]! * s6 + R6[1]! * c6, x5qy = R6[3]! * s6 + R6[4]! * c6, x5qz = R6[6]! * s6 + R6[7]! * c6;
          if (x5qx * x5x + x5qy * x5y + x5qz * x5z <= 0) continue;
          this.nearestRollTurn(q, seed);
          if (this.inside(q)) {
            const dist = jointDistance(q, seed);
            if (dist < bestDist) { bestDist = dist; best.set(q); haveBest = true; }
          } else if (pass === 1) {
            outside.set(q, 6 * nOutside++);
          }
        }
      }
    }

    if (haveBest) {
      const out = new Array<number>(6);
      for (let i = 0; i < 6; i++) out[i] = Math.min(this.hi[i]!, Math.max(this.lo[i]!, best[i]!));
      return this.finish(out, T, true);
    }
    // Out of reach (or singular). Start from whichever is nearest the target: the clamped seed (the
    // current setpoint: continuity) or a clamped closed-form solution (right when the target is just
    // past a limit), then descend. The seed start matters when the exact solution lies far outside
    // the limits (a wrist bend past 90 deg flips the decomposition and clamping it lands far away).
    const start = new Float64Array(6);
    for (let i = 0; i < 6; i++) start[i] = Math.min(this.hi[i]!, Math.max(this.lo[i]!, seed[i]!));
    let startErr = this.weightedError(start, T);
    const cq = new Float64Array(6);
    for (let c = 0; c < nOutside; c++) {
      for (let i = 0; i < 6; i++) cq[i] = Math.min(this.hi[i]!, Math.max(this.lo[i]!, outside[6 * c + i]!));
      const e = this.weightedError(cq, T);
      if (e < startErr) { startErr = e; start.set(cq); }
    }
    const sol = this.finish(Array.from(this.projectedLevenbergMarquardt(start, T, startErr)), T, false);
    // A singular pose can still be reached exactly by the descent; call it reachable then.
    if (sol.positionErrorM < 1e-9 && sol.rotationErrorRad < 1e-8) return { ...sol, reachable: true, clamped: false };
    return sol;
  }

  private finish(q: number[], T: Float64Array, reachable: boolean): IkSolution {
    const F = this.fkScratch;
    this.fkInto(q, F);
    const positionErrorM = Math.hypot(F[3]! - T[3]!, F[7]! - T[7]!, F[11]! - T[11]!);
    const rotationErrorRad = rotationAngle34(F, T);
    return { q, reachable, clamped: !reachable, positionErrorM, rotationErrorRad };
  }

  /** Roll spans +-260 deg: pick the turn nearest the seed that stays inside the limit. */
  private nearestRollTurn(q: Float64Array, seed: readonly number[]): void {
    const k = Math.round((seed[3]! - q[3]!) / TWO_PI);
    let r = q[3]! + k * TWO_PI;
    if (r > this.hi[3]! + LIMIT_SLACK) r -= TWO_PI;
    if (r < this.lo[3]! - LIMIT_SLACK) r += TWO_PI;
    if (r >= this.lo[3]! - LIMIT_SLACK && r <= this.hi[3]! + LIMIT_SLACK) q[3] = r;
  }

  private inside(q: ArrayLike<number>): boolean {
    for (let i = 0; i < 6; i++) {
      if (!(q[i]! >= this.lo[i]! - LIMIT_SLACK && q[i]! <= this.hi[i]! + LIMIT_SLACK)) return false;
    }
    return true;
  }

  /**
   * Distance to the target in metres: |position error| + weight * rotation angle. A sum of norms, not
   * of squares, so that a large position error (target beyond full insertion, say) is never "reduced"
   * by a few micrometres at the price of a visibly tilted tool: the trade is 1 mm per deg either way.
   */
  private weightedError(q: ArrayLike<number>, T: Float64Array): number {
    const F = this.fkScratch;
    this.fkInto(q, F);
    const dp = Math.hypot(F[3]! - T[3]!, F[7]! - T[7]!, F[11]! - T[11]!);
    return dp + rotationAngle34(F, T) * ORIENTATION_WEIGHT_M_PER_RAD;
  }

  /**
   * Nearest reachable configuration: minimise weightedError over the joint box, starting from the
   * clamped closed-form solution. Iteratively reweighted least squares (each norm |r| majorised by
   * |r|^2 / (2 |r_old|)) solved by projected Levenberg-Marquardt with the geometric Jacobian. A step
   * is kept only if it lowers the true distance, so the result is never worse than the clamped start
   * and the joints never leave the limits; iterations are bounded, so the cost is too. The result is
   * a local minimum near the clamped solution, which is what continuity wants (no jump to a far
   * configuration that happens to be a hair closer).
   */
  private projectedLevenbergMarquardt(start: Float64Array, T: Float64Array, startCost: number): Float64Array {
    const q = Float64Array.from(start);
    let cost = startCost;
    let lambda = 1e-3;
    const w = ORIENTATION_WEIGHT_M_PER_RAD;
    const J = new Float64Array(36);
    const e = new Float64Array(6);
    const A = new Float64Array(36);
    const Ad = new Float64Array(36);
    const g = new Float64Array(6);
    const dq = new Float64Array(6);
    const qn = new Float64Array(6);
    for (let iter = 0; iter < LM_MAX_ITERATIONS && cost > 1e-15; iter++) {
      this.jacobianAndError(q, T, J, e);
      const ep = Math.max(1e-12, Math.hypot(e[0]!, e[1]!, e[2]!));
      const er = Math.max(1e-12, Math.hypot(e[3]!, e[4]!, e[5]!));
      const wp = Math.sqrt(1 / ep);
      const wr = Math.sqrt(w / er);
      for (let c = 0; c < 6; c++) {
        for (let rI = 0; rI < 3; rI++) J[rI * 6 + c]! *= wp;
        for (let rI = 3; rI < 6; rI++) J[rI * 6 + c]! *= wr;
      }
      for (let rI = 0; rI < 3; rI++) e[rI]! *= wp;
      for (let rI = 3; rI < 6; rI++) e[rI]! *= wr;
      // Normal equations: A = J^T J, g = J^T e
      for (let i = 0; i < 6; i++) {
        for (let k = 0; k < 6; k++) {
          let s = 0;
          for (let rI = 0; rI < 6; rI++) s += J[rI * 6 + i]! * J[rI * 6 + k]!;
          A[i * 6 + k] = s;
        }
        let s = 0;
        for (let rI = 0; rI < 6; rI++) s += J[rI * 6 + i]! * e[rI]!;
        g[i] = s;
      }
      let improved = false;
      for (let tries = 0; tries < 10; tries++) {
        Ad.set(A);
        for (let i = 0; i < 6; i++) Ad[i * 6 + i]! += lambda * (A[i * 6 + i]! + 1e-12);
        dq.set(g);
        if (!solve6(Ad, dq)) { lambda *= 10; continue; }
        // Gain the (undamped) quadratic model predicts for this step, in m of weighted distance: when
        // even that is negligible we are at the nearest point; stop without trying harder.
        let predicted = 0;
        for (let i = 0; i < 6; i++) {
          let adq = 0;
          for (let k = 0; k < 6; k++) adq += A[i * 6 + k]! * dq[k]!;
          predicted += dq[i]! * (g[i]! - 0.5 * adq);
        }
        if (predicted < 0.1 * LM_MIN_IMPROVEMENT_M) break;
        for (let i = 0; i < 6; i++) qn[i] = Math.min(this.hi[i]!, Math.max(this.lo[i]!, q[i]! + dq[i]!));
        const cn = this.weightedError(qn, T);
        if (cn < cost) {
          improved = cost - cn > LM_MIN_IMPROVEMENT_M;
          q.set(qn); cost = cn;
          lambda = Math.max(1e-12, lambda / 3);
          break;
        }
        lambda *= 5;
      }
      if (!improved) break;
    }
    return q;
  }

  /** Geometric Jacobian (rows: position, orientation; world frame) and the error target - current. */
  private jacobianAndError(q: Float64Array, T: Float64Array, J: Float64Array, e: Float64Array): void {
    const F = this.fkScratch;
    this.framesInto(q, this.frames);
    this.tipFromFrame6(this.frames, F);
    const px = F[3]!, py = F[7]!, pz = F[11]!;
    const fr = this.frames;
    for (let i = 0; i < 6; i++) {
      // Axis of joint i: z of the frame after link i (RotZ and TransZ act along it).
      const o = i * 12;
      const zx = fr[o + 2]!, zy = fr[o + 6]!, zz = fr[o + 10]!;
      if (this.links[i]!.prismatic) {
        J[0 * 6 + i] = zx; J[1 * 6 + i] = zy; J[2 * 6 + i] = zz;
        J[3 * 6 + i] = 0; J[4 * 6 + i] = 0; J[5 * 6 + i] = 0;
      } else {
        const rx = px - fr[o + 3]!, ry = py - fr[o + 7]!, rz = pz - fr[o + 11]!;
        J[0 * 6 + i] = zy * rz - zz * ry; J[1 * 6 + i] = zz * rx - zx * rz; J[2 * 6 + i] = zx * ry - zy * rx;
        J[3 * 6 + i] = zx; J[4 * 6 + i] = zy; J[5 * 6 + i] = zz;
      }
    }
    e[0] = T[3]! - px; e[1] = T[7]! - py; e[2] = T[11]! - pz;
    // Orientation error: log(R_target R^T), world frame.
    const D = new Float64Array(9);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        D[i * 3 + j] = T[i * 4]! * F[j * 4]! + T[i * 4 + 1]! * F[j * 4 + 1]! + T[i * 4 + 2]! * F[j * 4 + 2]!;
      }
    }
    const v = logRotation(D);
    e[3] = v[0]; e[4] = v[1]; e[5] = v[2];
  }
}

// -------------------------------------------------------------------------------------------------
// helpers

function checkJoints(q: unknown, what: string): asserts q is readonly number[] {
  if (!Array.isArray(q) && !(q instanceof Float64Array)) {
    throw new RangeError(`${what}: joints must be an array of 6 finite numbers (rad, insertion in m); got ${describe(q)}`);
  }
  const a = q as ArrayLike<unknown>;
  if (a.length !== 6) throw new RangeError(`${what}: joints must have exactly 6 values (yaw, pitch, insertion, roll, wrist pitch, wrist yaw); got ${a.length}`);
  for (let i = 0; i < 6; i++) {
    const v = a[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`${what}: joint ${i} must be a finite number; got ${describe(v)}`);
    }
  }
}

function toRotationPose(m: Float64Array): RotationPose {
  return {
    position: [m[3]!, m[7]!, m[11]!],
    rotation: [
      [m[0]!, m[1]!, m[2]!],
      [m[4]!, m[5]!, m[6]!],
      [m[8]!, m[9]!, m[10]!],
    ],
  };
}

function jointDistance(q: ArrayLike<number>, seed: readonly number[]): number {
  // Insertion is in m; weigh 1 cm like ~0.6 deg so both kinds of joints count.
  let s = 0;
  for (let i = 0; i < 6; i++) {
    const d = (q[i]! - seed[i]!) * (i === 2 ? 1 : 0.01);
    s += d * d;
  }
  return s;
}

/** Angle between the rotation parts of two 3x4 row-major transforms. */
function rotationAngle34(a: Float64Array, b: Float64Array): number {
  // d = a^T b (3x3)
  const d = (i: number, j: number): number => a[i]! * b[j]! + a[4 + i]! * b[4 + j]! + a[8 + i]! * b[8 + j]!;
  const tr = d(0, 0) + d(1, 1) + d(2, 2);
  const sx = d(2, 1) - d(1, 2), sy = d(0, 2) - d(2, 0), sz = d(1, 0) - d(0, 1);
  return Math.atan2(Math.sqrt(sx * sx + sy * sy + sz * sz), tr - 1);
}

/** Rotation vector (axis * angle) of a 3x3 row-major rotation, valid up to and including pi. */
function logRotation(D: Float64Array): [number, number, number] {
  const sx = D[7]! - D[5]!, sy = D[2]! - D[6]!, sz = D[3]! - D[1]!;
  const sn = Math.sqrt(sx * sx + sy * sy + sz * sz); // 2 sin(angle)
  const tr = D[0]! + D[4]! + D[8]!;
  const angle = Math.atan2(sn, tr - 1);
  if (angle < 1e-6) return [0.5 * sx, 0.5 * sy, 0.5 * sz];
  if (Math.PI - angle > 1e-4) {
    const k = angle / sn;
    return [k * sx, k * sy, k * sz];
  }
  // Near pi: axis from the diagonal of (R + I) / 2 = a a^T.
  const xx = Math.max(0, (D[0]! + 1) / 2), yy = Math.max(0, (D[4]! + 1) / 2), zz = Math.max(0, (D[8]! + 1) / 2);
  let ax: number, ay: number, az: number;
  if (xx >= yy && xx >= zz) { ax = Math.sqrt(xx); ay = (D[1]! + D[3]!) / (4 * ax); az = (D[2]! + D[6]!) / (4 * ax); }
  else if (yy >= zz) { ay = Math.sqrt(yy); ax = (D[1]! + D[3]!) / (4 * ay); az = (D[5]! + D[7]!) / (4 * ay); }
  else { az = Math.sqrt(zz); ax = (D[2]! + D[6]!) / (4 * az); ay = (D[5]! + D[7]!) / (4 * az); }
  if (ax * sx + ay * sy + az * sz < 0) { ax = -ax; ay = -ay; az = -az; }
  const n = Math.hypot(ax, ay, az);
  return [(ax / n) * angle, (ay / n) * angle, (az / n) * angle];
}

/**
 * Solve the 6x6 system M x = b in place by Gaussian elimination with partial pivoting (M and b are
 * destroyed, x written into b). False when singular or not finite.
 */
function solve6(M: Float64Array, x: Float64Array): boolean {
  for (let c = 0; c < 6; c++) {
    let p = c;
    for (let rI = c + 1; rI < 6; rI++) if (Math.abs(M[rI * 6 + c]!) > Math.abs(M[p * 6 + c]!)) p = rI;
    const piv = M[p * 6 + c]!;
    if (!(Math.abs(piv) > 1e-300)) return false;
    if (p !== c) {
      for (let k = 0; k < 6; k++) { const t = M[c * 6 + k]!; M[c * 6 + k] = M[p * 6 + k]!; M[p * 6 + k] = t; }
      const t = x[c]!; x[c] = x[p]!; x[p] = t;
    }
    for (let rI = c + 1; rI < 6; rI++) {
      const f = M[rI * 6 + c]! / piv;
      if (f === 0) continue;
      for (let k = c; k < 6; k++) M[rI * 6 + k]! -= f * M[c * 6 + k]!;
      x[rI]! -= f * x[c]!;
    }
  }
  for (let c = 5; c >= 0; c--) {
    let s = x[c]!;
    for (let k = c + 1; k < 6; k++) s -= M[c * 6 + k]! * x[k]!;
    x[c] = s / M[c * 6 + c]!;
    if (!Number.isFinite(x[c]!)) return false;
  }
  return true;
}

/** Internal: allocation-free FK for the driver (3x4 row-major [R | p]). */
export function fkInto(psm: Psm, q: ArrayLike<number>, out: Float64Array): void {
  (psm as PsmKinematics).fkInto(q, out);
}

/** Internal: IK on a 3x4 row-major target, used by the driver after it validated the pose. */
export function solveIk34(psm: Psm, T: Float64Array, seed: readonly number[]): IkSolution {
  return (psm as PsmKinematics).solve(T, seed);
}

export type { Mat3, RotationPose, AnyPose };
