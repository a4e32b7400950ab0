// The tremor filter's change of mode while following (look-ahead <-> causal) moves its output by the
// filter's lag (~29 ms of hand motion: ~2 mm at 7 cm/s). That difference is blended out over a fixed
// time (raised cosine: no step, zero slope at both ends) instead of being re-anchored on: a re-anchor
// keeps the tool offset from the hand by that lag's motion FOREVER (issue 16: the real dVRK recording
// over a lossy link ended ~2 mm off after an outage switched the mode twice; 0.60 vs 0.20 mm RMS).
import type { Pose, Quat } from './types.js';
import { dcos } from './math/dmath.js';
import { qAlign, qConj, qFromRotVec, qMul, qNormalize, qToRotVec } from './math/quat.js';

export class TremorModeBlend {
  private readonly durationNs: number;
  private startNs = NaN;
  private readonly dp: [number, number, number] = [0, 0, 0];
  /** Rotation vector of old * new^-1 (the orientation still to blend out, at weight 1). */
  private readonly dr: [number, number, number] = [0, 0, 0];

  constructor(durationS: number) {
    this.durationNs = durationS * 1e9;
  }

  get active(): boolean {
    return !Number.isNaN(this.startNs);
  }

  /** The output jumps from `from` (old mode) to `to` (new mode) at tNs: blend that out from here. */
  start(from: Pose, to: Pose, tNs: number): void {
    if (!(this.durationNs > 0)) return;
    for (let i = 0; i < 3; i++) this.dp[i] = from.position[i]! - to.position[i]!;
    const d = qMul(qAlign(from.orientation, to.orientation), qConj(to.orientation));
    const r = qToRotVec(d);
    this.dr[0] = r[0]; this.dr[1] = r[1]; this.dr[2] = r[2];
    this.startNs = tNs;
  }

  cancel(): void {
    this.startNs = NaN;
  }

  /** p with what is left of the difference added (p itself once the blend is over). */
  apply(p: Pose, tNs: number): Pose {
    if (Number.isNaN(this.startNs)) return p;
    const u = (tNs - this.startNs) / this.durationNs;
    if (!(u < 1)) {
      this.startNs = NaN;
      return p;
    }
    const f = u <= 0 ? 1 : 0.5 + 0.5 * dcos(Math.PI * u);
    const q: Quat = qNormalize(qMul(qFromRotVec([this.dr[0] * f, this.dr[1] * f, this.dr[2] * f]), p.orientation));
    return { position: [p.position[0] + this.dp[0] * f, p.position[1] + this.dp[1] * f, p.position[2] + this.dp[2] * f], orientation: q };
  }
}
