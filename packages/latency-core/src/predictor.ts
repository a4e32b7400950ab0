// Extrapolation of a pose stream past its newest sample, for a bounded horizon.
//
// Velocity comes from the newest sample and the latest one at least velocityBaseS older (a longer
// base averages out sensor noise and float32 quantisation; a shorter one reacts faster). Past the
// newest sample the velocity decays linearly to zero over the horizon H, so the extrapolated path
// is continuous in position and velocity and stops by itself:
//   displacement(tau) = v * (tau - tau^2 / (2H))   for 0 <= tau <= H,   v * H / 2 after.
// The core uses it to bridge missing frames; the console uses it for its predictive display.
import type { Pose, Quat, Vec3 } from './types.js';
import { qConj, qFromRotVec, qMul, qNormalize, qToRotVec, qCopy } from './math/quat.js';
import { vClampNorm, vCopy, vScale } from './math/vec3.js';
import { poseCopy } from './math/pose.js';

export interface PredictorOptions {
  /** Extrapolate at most this far, s; the velocity is zero at the end of it. */
  horizonS: number;
  /** Velocity base, s. */
  velocityBaseS: number;
  /** Caps on the estimated velocities (a glitch must not fling the prediction). */
  maxSpeedMps?: number;
  maxAngularSpeedRadps?: number;
}

export interface Prediction {
  pose: Pose;
  /** How far past the newest sample, s (0 when at or before it). */
  aheadS: number;
  /** True once aheadS reaches the horizon: the prediction has stopped moving. */
  saturated: boolean;
}

/** Distance factor of the decaying extrapolation: tau - tau^2 / (2H), clamped at H / 2. */
export function decayedTravelS(aheadS: number, horizonS: number): number {
  if (!(aheadS > 0) || !(horizonS > 0)) return 0;
  const t = aheadS < horizonS ? aheadS : horizonS;
  return t - (t * t) / (2 * horizonS);
}

/** Extrapolates pose by velocities (m/s, rad/s world frame) for aheadS, decaying over horizonS. */
export function extrapolatePose(pose: Pose, linear: Vec3, angular: Vec3, aheadS: number, horizonS: number): Pose {
  const s = decayedTravelS(aheadS, horizonS);
  if (s === 0) return poseCopy(pose);
  const p = pose.position;
  return {
    position: [p[0] + linear[0] * s, p[1] + linear[1] * s, p[2] + linear[2] * s],
    orientation: qNormalize(qMul(qFromRotVec(vScale(angular, s)), pose.orientation)),
  };
}

const HISTORY = 32;

export class PosePredictor {
  private readonly opt: PredictorOptions;
  private readonly times = new Float64Array(HISTORY);
  private readonly poses: Pose[] = [];
  private n = 0; // samples held
  private newestIdx = -1;
  private lin: Vec3 = [0, 0, 0];
  private ang: Vec3 = [0, 0, 0];

  constructor(options: PredictorOptions) {
    this.opt = { ...options };
  }

  reset(): void {
    this.n = 0;
    this.newestIdx = -1;
    this.lin = [0, 0, 0];
    this.ang = [0, 0, 0];
  }

  /** Adds a sample; samples not newer than the newest are ignored. Returns whether it was taken. */
  push(timeNs: number, pose: Pose): boolean {
    if (this.newestIdx >= 0 && !(timeNs > this.times[this.newestIdx]!)) return false;
    const i = (this.newestIdx + 1) % HISTORY;
    this.times[i] = timeNs;
    this.poses[i] = { position: vCopy(pose.position), orientation: qCopy(pose.orientation) };
    this.newestIdx = i;
    if (this.n < HISTORY) this.n++;
    this.updateVelocity();
    return true;
  }

  get size(): number {
    return this.n;
  }

  /** Newest sample, or null. */
  newest(): { timeNs: number; pose: Pose } | null {
    if (this.newestIdx < 0) return null;
    return { timeNs: this.times[this.newestIdx]!, pose: this.poses[this.newestIdx]! };
  }

  /** Current velocity estimate: linear m/s and angular rad/s (world frame). */
  velocity(): { linear: Vec3; angular: Vec3 } {
    return { linear: vCopy(this.lin), angular: vCopy(this.ang) };
  }

  /** Pose at timeNs: the newest sample extrapolated (never interpolated back in time). */
  predict(timeNs: number): Prediction | null {
    const nw = this.newest();
    if (!nw) return null;
    const aheadS = Math.max(0, (timeNs - nw.timeNs) * 1e-9);
    return {
      pose: extrapolatePose(nw.pose, this.lin, this.ang, aheadS, this.opt.horizonS),
      aheadS,
      saturated: aheadS >= this.opt.horizonS,
    };
  }

  private updateVelocity(): void {
    if (this.n < 2) {
      this.lin = [0, 0, 0];
      this.ang = [0, 0, 0];
      return;
    }
    const ni = this.newestIdx;
    const tn = this.times[ni]!;
    const baseNs = this.opt.velocityBaseS * 1e9;
    // Walk back to the latest sample at least the base older (or the oldest held).
    let j = ni;
    for (let k = 1; k < this.n; k++) {
      j = (ni - k + HISTORY) % HISTORY;
      if (tn - this.times[j]! >= baseNs) break;
    }
    const dt = (tn - this.times[j]!) * 1e-9;
    const a = this.poses[j]!;
    const b = this.poses[ni]!;
    let lin: Vec3 = [
      (b.position[0] - a.position[0]) / dt,
      (b.position[1] - a.position[1]) / dt,
      (b.position[2] - a.position[2]) / dt,
    ];
    const dq: Quat = qMul(b.orientation, qConj(a.orientation));
    const rv = qToRotVec(dq);
    let ang: Vec3 = [rv[0] / dt, rv[1] / dt, rv[2] / dt];
    if (this.opt.maxSpeedMps !== undefined) lin = vClampNorm(lin, this.opt.maxSpeedMps);
    if (this.opt.maxAngularSpeedRadps !== undefined) ang = vClampNorm(ang, this.opt.maxAngularSpeedRadps);
    this.lin = lin;
    this.ang = ang;
  }
}
