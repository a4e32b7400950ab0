// The limiters: the last word on every setpoint, whatever the playout, mapping and supervisor did.
//
// Order, each tick (core.ts): [frames: jump rejection] -> mapping -> workspace clamp of the target
// -> MotionLimiter (speed, acceleration, workspace stopping distance) -> jaw range and rate ->
// tracking error watch on the measured pose.
//
// MotionLimiter is a second-order follower. It keeps the setpoint's velocity and, each tick, asks for
//   v_des = v_ff + correction(e),  e = target - (p + v_ff dt),
// where v_ff is the target's own velocity (so a smoothly moving target is tracked exactly, no lag)
// and the correction approaches along the (discrete) braking curve ~sqrt(2 a e) (so it arrives
// without overshoot). Then |v_des| <= v_max and |v_des - v| <= a_max dt. Braking is a straight-line
// deceleration along the current velocity. The workspace is guaranteed by keeping the STOPPING
// POINT p + v|v|/(2a) inside it: the workspace is convex, so braking from any state that satisfies
// this stays inside; a candidate velocity that would put the stopping point outside is replaced by
// braking. No final clamp is needed, so speed and acceleration bounds are never broken by one.
// Orientation is handled the same way in rotation-vector space (angular velocity, world frame).
import type { MasterFrame, Pose, Quat, Vec3 } from './types.js';
import type { WorkspaceConfig } from './config.js';
import { qConj, qFromRotVec, qMul, qNormalize, qToRotVec, qCopy } from './math/quat.js';
import { vCopy } from './math/vec3.js';
import { dacos } from './math/dmath.js';

/** Fraction of the acceleration limit used by the braking curve (headroom for discretisation). */
const BRAKE_FRACTION = 0.9;

// ---------------------------------------------------------------------------------------------
// Workspace

export function clampToWorkspace(p: Vec3, ws: WorkspaceConfig): Vec3 {
  if (ws.shape === 'box') {
    return [clamp(p[0], ws.minM[0], ws.maxM[0]), clamp(p[1], ws.minM[1], ws.maxM[1]), clamp(p[2], ws.minM[2], ws.maxM[2])];
  }
  const r = Math.sqrt(p[0] * p[0] + p[1] * p[1]);
  const k = r > ws.radiusM ? ws.radiusM / r : 1;
  return [p[0] * k, p[1] * k, clamp(p[2], ws.zMinM, ws.zMaxM)];
}

/** Euclidean distance from p to the workspace (0 inside). */
export function workspaceDistance(p: Vec3, ws: WorkspaceConfig): number {
  return workspaceDistance3(p[0], p[1], p[2], ws);
}

/** workspaceDistance of the point (x, y, z). */
function workspaceDistance3(x: number, y: number, z: number, ws: WorkspaceConfig): number {
  if (ws.shape === 'box') {
    const lo = ws.minM, hi = ws.maxM;
    const d0 = x < lo[0] ? lo[0] - x : x > hi[0] ? x - hi[0] : 0;
    const d1 = y < lo[1] ? lo[1] - y : y > hi[1] ? y - hi[1] : 0;
    const d2 = z < lo[2] ? lo[2] - z : z > hi[2] ? z - hi[2] : 0;
    let s = 0;
    s += d0 * d0;
    s += d1 * d1;
    s += d2 * d2;
    return Math.sqrt(s);
  }
  const r = Math.sqrt(x * x + y * y);
  const dr = r > ws.radiusM ? r - ws.radiusM : 0;
  const dz = z < ws.zMinM ? ws.zMinM - z : z > ws.zMaxM ? z - ws.zMaxM : 0;
  return Math.sqrt(dr * dr + dz * dz);
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

// ---------------------------------------------------------------------------------------------
// Speed, acceleration and workspace

export interface MotionLimits {
  maxLinearSpeedMps: number;
  maxLinearAccelMps2: number;
  maxAngularSpeedRadps: number;
  maxAngularAccelRadps2: number;
}

export class MotionLimiter {
  private readonly lim: MotionLimits;
  private readonly ws: WorkspaceConfig;
  private p: Vec3;
  private v: Vec3 = [0, 0, 0];
  private q: Quat;
  private w: Vec3 = [0, 0, 0];
  private prevTargetP: Vec3 | null = null;
  private prevTargetQ: Quat | null = null;
  /** Ticks on which braking replaced a candidate to keep the stopping point inside the workspace. */
  workspaceInterventions = 0;

  constructor(limits: MotionLimits, workspace: WorkspaceConfig, start: Pose) {
    this.lim = limits;
    this.ws = workspace;
    this.p = vCopy(start.position);
    this.q = qCopy(start.orientation);
  }

  /** Current setpoint. */
  pose(): Pose {
    return { position: vCopy(this.p), orientation: qCopy(this.q) };
  }

  get linearVelocity(): Vec3 {
    return vCopy(this.v);
  }

  get angularVelocity(): Vec3 {
    return vCopy(this.w);
  }

  get linearSpeedMps(): number {
    return norm(this.v);
  }

  get atRest(): boolean {
    return this.v[0] === 0 && this.v[1] === 0 && this.v[2] === 0 && this.w[0] === 0 && this.w[1] === 0 && this.w[2] === 0;
  }

  /** Jumps to a pose at rest (only when the arm is not driven: disabled, busy, or at start). */
  resetTo(pose: Pose): void {
    this.p = vCopy(pose.position);
    this.q = qNormalize(pose.orientation);
    this.v = [0, 0, 0];
    this.w = [0, 0, 0];
    this.forgetTarget();
  }

  /** The next target is not a continuation of the last one (no feed-forward across it). */
  forgetTarget(): void {
    this.prevTargetP = null;
    this.prevTargetQ = null;
  }

  /**
   * One tick toward target (already clamped to the workspace by the caller or not: it is clamped
   * here too). fraction scales every limit (HOME moves slower).
   */
  track(target: Pose, dtS: number, fraction = 1): Pose {
    if (!(dtS > 0)) return this.pose();
    const vmax = this.lim.maxLinearSpeedMps * fraction;
    const amax = this.lim.maxLinearAccelMps2 * fraction;
    const wmax = this.lim.maxAngularSpeedRadps * fraction;
    const amaxW = this.lim.maxAngularAccelRadps2 * fraction;
    const tp = clampToWorkspace(target.position, this.ws);
    const tq = qNormalize(target.orientation);

    // Translation, in scalars (no temporary vectors at 1 kHz). The stopping point is p + v |v| / (2 a);
    // braking is brakeVelocity's arithmetic.
    const p0 = this.p[0], p1 = this.p[1], p2 = this.p[2];
    const v0 = this.v[0], v1 = this.v[1], v2 = this.v[2];
    const o = SCRATCH;
    let f0 = 0, f1 = 0, f2 = 0;
    if (this.prevTargetP) {
      clampNormInto((tp[0] - this.prevTargetP[0]) / dtS, (tp[1] - this.prevTargetP[1]) / dtS, (tp[2] - this.prevTargetP[2]) / dtS, vmax, o);
      f0 = o[0]; f1 = o[1]; f2 = o[2];
    }
    this.prevTargetP = tp;
    addCorrectionInto(f0, f1, f2, tp[0] - (p0 + f0 * dtS), tp[1] - (p1 + f1 * dtS), tp[2] - (p2 + f2 * dtS), dtS, BRAKE_FRACTION * amax, o);
    clampNormInto(o[0], o[1], o[2], vmax, o);
    limitStepInto(v0, v1, v2, o[0], o[1], o[2], amax * dtS, o);
    let n0 = o[0], n1 = o[1], n2 = o[2];
    let q0 = p0 + n0 * dtS, q1 = p1 + n1 * dtS, q2 = p2 + n2 * dtS;
    const aStop = BRAKE_FRACTION * this.lim.maxLinearAccelMps2;
    const kb = Math.sqrt(v0 * v0 + v1 * v1 + v2 * v2) / (2 * aStop);
    const before = workspaceDistance3(p0 + v0 * kb, p1 + v1 * kb, p2 + v2 * kb, this.ws);
    const ka = Math.sqrt(n0 * n0 + n1 * n1 + n2 * n2) / (2 * aStop);
    const after = workspaceDistance3(q0 + n0 * ka, q1 + n1 * ka, q2 + n2 * ka, this.ws);
    if (after > 0 && after > before) {
      this.workspaceInterventions++;
      const dv = aStop * dtS;
      const nv = Math.sqrt(v0 * v0 + v1 * v1 + v2 * v2);
      if (nv <= dv) {
        n0 = 0; n1 = 0; n2 = 0;
      } else {
        const sb = (nv - dv) / nv;
        n0 = v0 * sb; n1 = v1 * sb; n2 = v2 * sb;
      }
      q0 = p0 + n0 * dtS; q1 = p1 + n1 * dtS; q2 = p2 + n2 * dtS;
    }
    // Fresh arrays, as before: pose() and the velocity getters copy, but nothing else may share them.
    this.p = [q0, q1, q2];
    this.v = [n0, n1, n2];

    // Rotation, in rotation-vector space.
    let g0 = 0, g1 = 0, g2 = 0;
    if (this.prevTargetQ) {
      const d = qToRotVec(qMul(tq, qConj(this.prevTargetQ)));
      clampNormInto(d[0] / dtS, d[1] / dtS, d[2] / dtS, wmax, o);
      g0 = o[0]; g1 = o[1]; g2 = o[2];
    }
    this.prevTargetQ = tq;
    const predicted = qMul(qFromRotVec([g0 * dtS, g1 * dtS, g2 * dtS]), this.q);
    const eq = qToRotVec(qMul(tq, qConj(predicted)));
    addCorrectionInto(g0, g1, g2, eq[0], eq[1], eq[2], dtS, BRAKE_FRACTION * amaxW, o);
    clampNormInto(o[0], o[1], o[2], wmax, o);
    limitStepInto(this.w[0], this.w[1], this.w[2], o[0], o[1], o[2], amaxW * dtS, o);
    const w0 = o[0], w1 = o[1], w2 = o[2];
    this.q = qNormalize(qMul(qFromRotVec([w0 * dtS, w1 * dtS, w2 * dtS]), this.q));
    this.w = [w0, w1, w2];
    return this.pose();
  }

  /** One tick of straight-line braking at the full acceleration limits; at rest it holds. */
  brake(dtS: number): Pose {
    this.forgetTarget();
    if (!(dtS > 0)) return this.pose();
    this.v = brakeVelocity(this.v, this.lim.maxLinearAccelMps2 * dtS);
    this.p = [this.p[0] + this.v[0] * dtS, this.p[1] + this.v[1] * dtS, this.p[2] + this.v[2] * dtS];
    this.w = brakeVelocity(this.w, this.lim.maxAngularAccelRadps2 * dtS);
    if (this.w[0] !== 0 || this.w[1] !== 0 || this.w[2] !== 0) {
      this.q = qNormalize(qMul(qFromRotVec([this.w[0] * dtS, this.w[1] * dtS, this.w[2] * dtS]), this.q));
    }
    return this.pose();
  }
}

function norm(a: Vec3): number {
  return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
}

/** Velocity after braking by dv along itself; exactly zero once slower than dv. */
function brakeVelocity(v: Vec3, dv: number): Vec3 {
  const n = norm(v);
  if (n <= dv) return [0, 0, 0];
  const s = (n - dv) / n;
  return [v[0] * s, v[1] * s, v[2] * s];
}

// The vector helpers of MotionLimiter.track, in allocation-free form (1 kHz): scalars in, the result in
// out. Every input is read into a local before out is written, so out may be the array an argument was
// read from.
const SCRATCH: [number, number, number] = [0, 0, 0];

/** (x, y, z) scaled down (never up) so that its norm is at most max. */
function clampNormInto(x: number, y: number, z: number, max: number, out: [number, number, number]): void {
  const n = Math.sqrt(x * x + y * y + z * z);
  if (n <= max) {
    out[0] = x; out[1] = y; out[2] = z;
    return;
  }
  const s = max / n;
  out[0] = x * s; out[1] = y * s; out[2] = z * s;
}

/**
 * v_ff + correction toward e, at the speed from which the remaining distance can still be stopped in
 * whole ticks at deceleration a: moving v, then v - a dt, ... covers a dt^2 n (n + 1) / 2 for
 * v = n a dt, so v = a dt (sqrt(1/4 + 2 |e| / (a dt^2)) - 1/2) (the discrete braking curve; the
 * continuous sqrt(2 a |e|) overshoots by ~a dt^2). Never more than |e| / dt (arrive, do not pass).
 */
function addCorrectionInto(f0: number, f1: number, f2: number, e0: number, e1: number, e2: number, dtS: number, a: number, out: [number, number, number]): void {
  const en = Math.sqrt(e0 * e0 + e1 * e1 + e2 * e2);
  if (en === 0) {
    out[0] = f0; out[1] = f1; out[2] = f2;
    return;
  }
  const direct = en / dtS;
  const adt = a * dtS;
  const curve = adt * (Math.sqrt(0.25 + (2 * en) / (adt * dtS)) - 0.5);
  const s = (direct < curve ? direct : curve) / en;
  out[0] = f0 + e0 * s; out[1] = f1 + e1 * s; out[2] = f2 + e2 * s;
}

/** v moved toward vDes = (d0, d1, d2) by at most maxDv (vector norm). */
function limitStepInto(v0: number, v1: number, v2: number, d0: number, d1: number, d2: number, maxDv: number, out: [number, number, number]): void {
  clampNormInto(d0 - v0, d1 - v1, d2 - v2, maxDv, out);
  out[0] = v0 + out[0]; out[1] = v1 + out[1]; out[2] = v2 + out[2];
}

// ---------------------------------------------------------------------------------------------
// Jaw

export class JawLimiter {
  value: number;
  constructor(
    private readonly minRad: number,
    private readonly maxRad: number,
    private readonly maxSpeedRadps: number,
    start: number,
  ) {
    this.value = clamp(start, minRad, maxRad);
  }

  resetTo(x: number): void {
    this.value = clamp(x, this.minRad, this.maxRad);
  }

  /** One tick toward target: range first, then rate. */
  track(target: number, dtS: number): number {
    if (!(dtS > 0)) return this.value;
    const t = clamp(target, this.minRad, this.maxRad);
    const step = this.maxSpeedRadps * dtS;
    const d = t - this.value;
    this.value += d > step ? step : d < -step ? -step : d;
    return this.value;
  }
}

// ---------------------------------------------------------------------------------------------
// Jump rejection (on frames, master side)

export type JumpVerdict = 'ok' | 'jump' | 'resync';

/**
 * Refuses a frame whose pose implies an impossible hand speed relative to the last accepted frame.
 * If frames keep being refused for resyncS of capture time (the device really moved: a new input
 * device, a re-zeroed tracker), the newest becomes the reference again, flagged as a discontinuity
 * so that the mapping re-anchors instead of following the jump.
 */
export class JumpDetector {
  private refCaptureNs = NaN;
  private refPos: Vec3 = [0, 0, 0];
  private refQ: Quat = [0, 0, 0, 1];
  private runStartNs = NaN;
  /** Noise floors: float32 quantisation and tracker noise must not look like a jump. */
  private static readonly FLOOR_M = 0.001;
  private static readonly FLOOR_RAD = 0.01;

  constructor(
    private readonly maxSpeedMps: number,
    private readonly maxAngularSpeedRadps: number,
    private readonly resyncS: number,
  ) {}

  reset(): void {
    this.refCaptureNs = NaN;
    this.runStartNs = NaN;
  }

  /** Judges and, unless a jump, takes the frame as the reference: judge() then commit(). */
  check(f: MasterFrame): JumpVerdict {
    const v = this.judge(f);
    this.commit(f, v);
    return v;
  }

  /**
   * The verdict on f, changing nothing. The core asks the playout first and commits only frames that
   * will be played: a duplicate, stale or replayed frame must never become the reference (issue 13).
   */
  judge(f: MasterFrame): JumpVerdict {
    if (Number.isNaN(this.refCaptureNs)) return 'ok';
    // During a run of refusals the allowance stops growing at the first refused frame: a jump that
    // persists is a jump (resync below), not a fast motion that merely took long enough.
    const until = Number.isNaN(this.runStartNs) ? f.captureTimeNs : this.runStartNs;
    const dt = Math.abs(until - this.refCaptureNs) * 1e-9;
    const dx = f.position[0] - this.refPos[0];
    const dy = f.position[1] - this.refPos[1];
    const dz = f.position[2] - this.refPos[2];
    const dist = Math.sqrt(dx * dx + dy * dy + dz * dz);
    const ang = 2 * dacos(Math.min(1, Math.abs(f.orientation[0] * this.refQ[0] + f.orientation[1] * this.refQ[1] + f.orientation[2] * this.refQ[2] + f.orientation[3] * this.refQ[3])));
    this.lastDistM = dist;
    this.lastAngleRad = ang;
    this.lastDtS = dt;
    const ok = dist <= this.maxSpeedMps * dt + JumpDetector.FLOOR_M && ang <= this.maxAngularSpeedRadps * dt + JumpDetector.FLOOR_RAD;
    if (ok) return 'ok';
    const runStart = Number.isNaN(this.runStartNs) ? f.captureTimeNs : this.runStartNs;
    return f.captureTimeNs - runStart >= this.resyncS * 1e9 ? 'resync' : 'jump';
  }

  /** Applies the verdict judge() gave for f (call only for frames the playout accepts). */
  commit(f: MasterFrame, v: JumpVerdict): void {
    if (v === 'ok') {
      if (Number.isNaN(this.refCaptureNs) || f.captureTimeNs > this.refCaptureNs) this.accept(f);
      this.runStartNs = NaN;
    } else if (v === 'resync') {
      this.accept(f);
      this.runStartNs = NaN;
    } else if (Number.isNaN(this.runStartNs)) {
      this.runStartNs = f.captureTimeNs;
    }
  }

  /** What the last judge() measured against the reference, for the MASTER_JUMP message. */
  lastDistM = 0;
  lastAngleRad = 0;
  lastDtS = 0;

  /** "seq 12: hand at 8.50 m/s (0.085 m in 10.0 ms); the limit is 2.00 m/s" (or the angular form). */
  describe(f: MasterFrame): string {
    const dt = this.lastDtS;
    const speedOf = (x: number, floor: number) => (dt > 0 ? Math.max(0, x - floor) / dt : Infinity);
    const v = speedOf(this.lastDistM, JumpDetector.FLOOR_M);
    const w = speedOf(this.lastAngleRad, JumpDetector.FLOOR_RAD);
    const ms = (dt * 1000).toFixed(1);
    if (this.lastDistM > this.maxSpeedMps * dt + JumpDetector.FLOOR_M) {
      return `seq ${f.seq}: hand at ${fmtSpeed(v)} m/s (${this.lastDistM.toFixed(4)} m in ${ms} ms, beyond a ${JumpDetector.FLOOR_M} m noise floor); the limit is ${this.maxSpeedMps.toFixed(2)} m/s.`;
    }
    return `seq ${f.seq}: hand turning at ${fmtSpeed(w)} rad/s (${this.lastAngleRad.toFixed(3)} rad in ${ms} ms, beyond a ${JumpDetector.FLOOR_RAD} rad noise floor); the limit is ${this.maxAngularSpeedRadps.toFixed(2)} rad/s.`;
  }

  private accept(f: MasterFrame): void {
    this.refCaptureNs = f.captureTimeNs;
    this.refPos = [f.position[0], f.position[1], f.position[2]];
    this.refQ = [f.orientation[0], f.orientation[1], f.orientation[2], f.orientation[3]];
  }
}

function fmtSpeed(x: number): string {
  return Number.isFinite(x) ? x.toFixed(2) : 'an unbounded speed';
}

// ---------------------------------------------------------------------------------------------
// Tracking error

const HISTORY = 256;
const MASK = HISTORY - 1;

/**
 * Measured vs commanded tip position. A real arm trails its setpoint: the dVRK PSM2 recording shows
 * ~47 ms of steady lag, i.e. ~5 mm at 0.1 m/s, so comparing with the newest setpoint alone would fault a
 * healthy arm at ordinary surgical speeds. The error is therefore the distance from the measurement to
 * the nearest setpoint written in the lag window before it was taken (a networked arm's reading is older
 * than the tick). A stuck or failing joint still leaves that whole window behind within a few
 * millimetres of commanded travel, and a held setpoint is compared exactly. Faults when the error stays
 * above the limit for longer than the time.
 */
export class TrackingMonitor {
  private readonly t = new Float64Array(HISTORY).fill(NaN);
  private readonly x = new Float64Array(HISTORY);
  private readonly y = new Float64Array(HISTORY);
  private readonly z = new Float64Array(HISTORY);
  private head = 0;
  private overSinceNs = NaN;
  /** Last computed error, m (NaN when not watched). */
  errorM = NaN;

  constructor(
    private readonly limitM: number,
    private readonly timeS: number,
    /** How far behind its setpoint, in time, the arm may trail. */
    private readonly lagWindowS = 0,
  ) {}

  reset(): void {
    this.t.fill(NaN);
    this.overSinceNs = NaN;
    this.errorM = NaN;
  }

  /** Records the setpoint written at timeNs. */
  record(timeNs: number, p: Vec3): void {
    this.head = (this.head + 1) % HISTORY;
    this.t[this.head] = timeNs;
    this.x[this.head] = p[0];
    this.y[this.head] = p[1];
    this.z[this.head] = p[2];
  }

  /** Checks one measurement; true when the error has lasted too long (fault). */
  check(measuredAtNs: number, measured: Vec3, nowNs: number): boolean {
    // Ring indices: (a - i + HISTORY) % HISTORY is (a - i) & MASK, as HISTORY is a power of two.
    const T = this.t;
    const head = this.head;
    let k = -1;
    for (let i = 0; i < HISTORY; i++) {
      const j = (head - i) & MASK;
      const tj = T[j]!;
      if (Number.isNaN(tj)) break;
      if (tj < measuredAtNs) {
        k = j;
        break;
      }
    }
    if (k < 0) {
      this.errorM = NaN;
      this.overSinceNs = NaN;
      return false;
    }
    const oldestNs = T[k]! - this.lagWindowS * 1e9;
    const X = this.x, Y = this.y, Z = this.z;
    const mx = measured[0], my = measured[1], mz = measured[2];
    const oldest = (head + 1) & MASK;
    let best = Infinity;
    for (let i = 0; i < HISTORY; i++) {
      const j = (k - i) & MASK;
      const tj = T[j]!;
      if (Number.isNaN(tj) || (i > 0 && tj < oldestNs)) break;
      const dx = mx - X[j]!;
      const dy = my - Y[j]!;
      const dz = mz - Z[j]!;
      const d2 = dx * dx + dy * dy + dz * dz;
      if (d2 < best) best = d2;
      if (j === oldest) break; // wrapped round to the oldest entry
    }
    this.errorM = Math.sqrt(best);
    if (this.errorM <= this.limitM) {
      this.overSinceNs = NaN;
      return false;
    }
    if (Number.isNaN(this.overSinceNs)) this.overSinceNs = nowNs;
    return nowNs - this.overSinceNs > this.timeS * 1e9;
  }
}
