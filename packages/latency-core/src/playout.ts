// The jitter buffer: frames wait, ordered by capture time, until the playout point reaches them.
//
// Playout point (console clock): cPlay = now - P, where P = clock offset + D is the playout offset.
// The core sets P's target (offset + a high quantile of the delay + margin) every tick; here P moves
// toward it at a bounded rate (slewUpPerS / slewDownPerS, s per s), so playback only ever runs a few
// percent slower or faster than real time and the played motion cannot jump. cPlay never goes back.
//
// Between the two frames around cPlay: lerp + slerp. No frame after cPlay (lost or late), or a gap
// longer than maxGapS: extrapolate from the played frames (predictor.ts) for at most the horizon;
// the link is stale once cPlay is staleLinkTimeoutS past the last frame with nothing after it.
// When real frames come back after extrapolating, the difference is blended out over recoveryS.
//
// A frame is dropped (counted) when it duplicates one held or played, or is older than what was
// played; it is late (counted) when its capture time is already behind the playout point. A late
// frame is never played back in time, but when it is newer than the last played frame it becomes
// the base of the extrapolation, so a sudden rise in delay costs a short extrapolation, not a hold.
import type { MasterFrame, Pose } from './types.js';
import { PosePredictor, decayedTravelS, extrapolatePose } from './predictor.js';
import { poseCopy, poseInterpolate } from './math/pose.js';
import { qConj, qFromRotVec, qMul, qNormalize, qToRotVec } from './math/quat.js';
import type { Vec3 } from './types.js';
import { vClampNorm } from './math/vec3.js';

export interface PlayoutOptions {
  slewUpPerS: number;
  slewDownPerS: number;
  maxGapS: number;
  recoveryS: number;
  horizonS: number;
  velocityBaseS: number;
  staleLinkTimeoutS: number;
  maxHandSpeedMps: number;
  maxHandAngularSpeedRadps: number;
  capacity?: number;
}

export interface BufferedFrame {
  seq: number;
  captureNs: number;
  receiveNs: number;
  pose: Pose;
  grip: number;
  clutch: boolean;
  camera: boolean;
  operatorPresent: boolean;
  /** First frame after a jump resync: the mapping must re-anchor, never bridge to it. */
  discontinuity: boolean;
}

export type IngestResult = 'buffered' | 'late' | 'duplicate' | 'stale' | 'overflow';

export interface PlayoutSample {
  /** Played master pose (console frame), null before the first frame is reached. */
  pose: Pose | null;
  /** Flags of the last frame at or before the playout point. */
  grip: number;
  clutch: boolean;
  /** Camera pedal of that frame (several arms). */
  camera: boolean;
  operatorPresent: boolean;
  /** Seq of that frame, -1 if none. */
  seq: number;
  /** Playout point, console clock ns (NaN before the first frame). */
  consoleTimeNs: number;
  /** True when the pose is extrapolated (no frame after the playout point). */
  predicted: boolean;
  /** How far past the last frame, s (0 when interpolating). */
  aheadS: number;
  /** No frame after the playout point, and it is staleLinkTimeoutS past the last one. */
  stale: boolean;
  /** A frame marked discontinuity became the played frame this tick. */
  discontinuity: boolean;
}

export class Playout {
  private readonly opt: Required<PlayoutOptions>;
  private buf: BufferedFrame[] = [];
  private lo = 0; // index of the first frame not yet played
  private anchor: BufferedFrame | null = null;
  private readonly predictor: PosePredictor;
  private pNs = NaN;
  private lastCPlay = -Infinity;
  private lastOut: Pose | null = null;
  private lastPredicted = false;
  private corrPos: Vec3 = [0, 0, 0];
  private corrRot: Vec3 = [0, 0, 0];
  private corrStartNs = NaN;
  private sampledAnchorSeq = -1;
  private pendingDiscontinuity = false;

  constructor(options: PlayoutOptions) {
    this.opt = { capacity: 4096, ...options };
    this.predictor = new PosePredictor({
      horizonS: options.horizonS,
      velocityBaseS: options.velocityBaseS,
      maxSpeedMps: options.maxHandSpeedMps,
      maxAngularSpeedRadps: options.maxHandAngularSpeedRadps,
    });
  }

  reset(): void {
    this.buf = [];
    this.lo = 0;
    this.anchor = null;
    this.predictor.reset();
    this.pNs = NaN;
    this.lastCPlay = -Infinity;
    this.lastOut = null;
    this.lastPredicted = false;
    this.corrStartNs = NaN;
    this.sampledAnchorSeq = -1;
    this.pendingDiscontinuity = false;
    this.playedSeqs.length = 0;
  }

  /** Playout offset P = agent time - capture time of the frame being played, ns (NaN before frames). */
  get offsetNs(): number {
    return this.pNs;
  }

  /** Newest capture time held or played, ns (-Infinity if none). */
  get newestCaptureNs(): number {
    const n = this.buf.length;
    if (n > this.lo) return this.buf[n - 1]!.captureNs;
    return this.anchor ? this.anchor.captureNs : -Infinity;
  }

  /** Frames waiting to be played. */
  get buffered(): number {
    return this.buf.length - this.lo;
  }

  /** The last frame played (at or before the playout point). */
  get lastPlayed(): BufferedFrame | null {
    return this.anchor;
  }

  /**
   * What ingest() would do with f, changing nothing. The core asks this first: a frame the playout will
   * not play (duplicate, stale, overflow) must not touch any other state either (jump reference, clock
   * envelope, statistics).
   */
  classify(f: MasterFrame, discontinuity = false): IngestResult {
    const a = this.anchor;
    if (a && (f.seq <= a.seq || f.captureTimeNs <= a.captureNs)) return f.seq === a.seq ? 'duplicate' : 'stale';
    if (discontinuity) return f.captureTimeNs <= this.lastCPlay ? 'late' : 'buffered';
    if (f.captureTimeNs <= this.lastCPlay) return 'late';
    if (this.buf.length - this.lo >= this.opt.capacity) return 'overflow';
    let k = this.buf.length;
    while (k > this.lo && this.buf[k - 1]!.captureNs > f.captureTimeNs) k--;
    const prev = k > this.lo ? this.buf[k - 1]! : null;
    const next = k < this.buf.length ? this.buf[k]! : null;
    if (prev && (prev.captureNs === f.captureTimeNs || prev.seq >= f.seq)) return prev.seq === f.seq ? 'duplicate' : 'stale';
    if (next && next.seq <= f.seq) return next.seq === f.seq ? 'duplicate' : 'stale';
    return 'buffered';
  }

  /** Seq of the newest frame held or played (-1 if none). */
  get newestSeq(): number {
    const n = this.buf.length;
    if (n > this.lo) return this.buf[n - 1]!.seq;
    return this.anchor ? this.anchor.seq : -1;
  }

  /**
   * Console time up to which peek() is final: the end of the run of held frames with consecutive seqs
   * from the played frame (no frame can still arrive between them). -Infinity before frames.
   */
  get finalUpToNs(): number {
    const a = this.anchor;
    if (!a) return -Infinity;
    let t = a.captureNs;
    let seq = a.seq;
    for (let k = this.lo; k < this.buf.length; k++) {
      const f = this.buf[k]!;
      if (f.seq !== seq + 1 || (f.captureNs - t) * 1e-9 > this.opt.maxGapS) break;
      t = f.captureNs;
      seq = f.seq;
    }
    return t;
  }

  /**
   * The master pose at console time c >= the playout point, from the frames held (pure): interpolated
   * between the frames around c, or extrapolated from the newest frame with the played velocity. The
   * tremor filter reads the look-ahead through this (tremor.ts).
   */
  peek(c: number): Pose | null {
    const a = this.anchor;
    if (!a) return null;
    let left: BufferedFrame = a;
    let k = this.lo;
    while (k < this.buf.length && this.buf[k]!.captureNs <= c) left = this.buf[k++]!;
    const right = k < this.buf.length ? this.buf[k]! : null;
    if (right && (right.captureNs - left.captureNs) * 1e-9 <= this.opt.maxGapS) {
      return poseInterpolate(left.pose, right.pose, (c - left.captureNs) / (right.captureNs - left.captureNs));
    }
    const aheadS = (c - left.captureNs) * 1e-9;
    if (!(aheadS > 0)) return poseCopy(left.pose);
    // Past the newest frame: extrapolate with the velocity of the newest two frames held (the played
    // velocity is older by the look-ahead itself, a large phase error at tremor frequencies).
    const before = k - 2 >= this.lo ? this.buf[k - 2]! : k - 1 >= this.lo ? a : null;
    if (before && before !== left && left.captureNs - before.captureNs > 0 && (left.captureNs - before.captureNs) * 1e-9 <= this.opt.maxGapS) {
      const dt = (left.captureNs - before.captureNs) * 1e-9;
      const lin: Vec3 = [
        (left.pose.position[0] - before.pose.position[0]) / dt,
        (left.pose.position[1] - before.pose.position[1]) / dt,
        (left.pose.position[2] - before.pose.position[2]) / dt,
      ];
      const rv = qToRotVec(qMul(left.pose.orientation, qConj(before.pose.orientation)));
      return extrapolatePose(left.pose, vClampNorm(lin, this.opt.maxHandSpeedMps), vClampNorm([rv[0] / dt, rv[1] / dt, rv[2] / dt], this.opt.maxHandAngularSpeedRadps), aheadS, this.opt.horizonS);
    }
    const v = this.predictor.velocity();
    return extrapolatePose(left.pose, v.linear, v.angular, aheadS, this.opt.horizonS);
  }

  /**
   * peek() for the tremor filter's hot path, without allocating: writes [x, y, z, qx, qy, qz, qw] of
   * the master pose at console time c into out. Components are interpolated (and extrapolated with
   * the newest two frames' velocity, decaying over the horizon) linearly, the quaternion on the
   * hemisphere of the earlier frame and not renormalised: the filter runs on components and
   * renormalises its output. False when nothing has been played yet.
   */
  peekInto(c: number, out: Float64Array): boolean {
    const a = this.anchor;
    if (!a) return false;
    let left: BufferedFrame = a;
    let k = this.lo;
    while (k < this.buf.length && this.buf[k]!.captureNs <= c) left = this.buf[k++]!;
    const right = k < this.buf.length ? this.buf[k]! : null;
    let from: BufferedFrame = left;
    let to: BufferedFrame | null = null;
    let u = 0;
    if (right && (right.captureNs - left.captureNs) * 1e-9 <= this.opt.maxGapS) {
      to = right;
      u = (c - left.captureNs) / (right.captureNs - left.captureNs);
    } else {
      const aheadS = (c - left.captureNs) * 1e-9;
      const before = k - 2 >= this.lo ? this.buf[k - 2]! : k - 1 >= this.lo ? a : null;
      if (aheadS > 0 && before && before !== left && left.captureNs > before.captureNs && (left.captureNs - before.captureNs) * 1e-9 <= this.opt.maxGapS) {
        // x(left) + v s, v = (left - before) / dt: i.e. from `before` towards `left`, u = 1 + s / dt.
        from = before;
        to = left;
        const dtS = (left.captureNs - before.captureNs) * 1e-9;
        const v = Math.sqrt(
          (left.pose.position[0] - before.pose.position[0]) ** 2 + (left.pose.position[1] - before.pose.position[1]) ** 2 + (left.pose.position[2] - before.pose.position[2]) ** 2,
        ) / dtS;
        // The same hand-speed bound as the predictor: a glitch extrapolates no faster than a hand.
        const slow = v > this.opt.maxHandSpeedMps ? this.opt.maxHandSpeedMps / v : 1;
        u = 1 + (decayedTravelS(aheadS, this.opt.horizonS) / dtS) * slow;
      }
    }
    const p = from.pose.position;
    const q = from.pose.orientation;
    if (!to) {
      out[0] = p[0]; out[1] = p[1]; out[2] = p[2];
      out[3] = q[0]; out[4] = q[1]; out[5] = q[2]; out[6] = q[3];
      const aheadS = (c - left.captureNs) * 1e-9;
      if (aheadS > 0 && left === a) {
        // Nothing held after the played frame: the played velocity (the predictor's), first order.
        const s = decayedTravelS(aheadS, this.opt.horizonS);
        const { linear: v, angular: w } = this.predictor.velocity();
        out[0] += v[0] * s; out[1] += v[1] * s; out[2] += v[2] * s;
        // dq = 0.5 (w, 0) * q s (world-frame angular velocity).
        const h = 0.5 * s;
        out[3] += h * (w[0] * q[3] + w[1] * q[2] - w[2] * q[1]);
        out[4] += h * (w[1] * q[3] + w[2] * q[0] - w[0] * q[2]);
        out[5] += h * (w[2] * q[3] + w[0] * q[1] - w[1] * q[0]);
        out[6] += h * (-w[0] * q[0] - w[1] * q[1] - w[2] * q[2]);
      }
      return true;
    }
    const p2 = to.pose.position;
    let q2 = to.pose.orientation;
    const sign = q[0] * q2[0] + q[1] * q2[1] + q[2] * q2[2] + q[3] * q2[3] < 0 ? -1 : 1;
    out[0] = p[0] + (p2[0] - p[0]) * u;
    out[1] = p[1] + (p2[1] - p[1]) * u;
    out[2] = p[2] + (p2[2] - p[2]) * u;
    out[3] = q[0] + (sign * q2[0] - q[0]) * u;
    out[4] = q[1] + (sign * q2[1] - q[1]) * u;
    out[5] = q[2] + (sign * q2[2] - q[2]) * u;
    out[6] = q[3] + (sign * q2[3] - q[3]) * u;
    return true;
  }

  /** Places one validated frame from the controller. */
  ingest(f: MasterFrame, receiveNs: number, discontinuity: boolean): IngestResult {
    const a = this.anchor;
    if (a && (f.seq <= a.seq || f.captureTimeNs <= a.captureNs)) return f.seq === a.seq ? 'duplicate' : 'stale';
    const bf: BufferedFrame = {
      seq: f.seq,
      captureNs: f.captureTimeNs,
      receiveNs,
      pose: { position: [f.position[0], f.position[1], f.position[2]], orientation: [f.orientation[0], f.orientation[1], f.orientation[2], f.orientation[3]] },
      grip: f.grip,
      clutch: f.clutch,
      camera: f.camera === true,
      operatorPresent: f.operatorPresent,
      discontinuity,
    };
    if (discontinuity) {
      // Nothing before a discontinuity may be played or bridged to it.
      this.buf = [];
      this.lo = 0;
    }
    if (f.captureTimeNs <= this.lastCPlay) {
      // Late: its time has been played already. Newer than the played frame: it becomes the base
      // of the extrapolation (fresher motion), never interpolated back in time.
      this.setAnchor(bf);
      return 'late';
    }
    if (this.buf.length - this.lo >= this.opt.capacity) return 'overflow';
    // Insert by capture time, scanning from the end (frames are nearly in order).
    let k = this.buf.length;
    while (k > this.lo && this.buf[k - 1]!.captureNs > f.captureTimeNs) k--;
    const prev = k > this.lo ? this.buf[k - 1]! : null;
    const next = k < this.buf.length ? this.buf[k]! : null;
    if (prev && (prev.captureNs === f.captureTimeNs || prev.seq >= f.seq)) return prev.seq === f.seq ? 'duplicate' : 'stale';
    if (next && next.seq <= f.seq) return next.seq === f.seq ? 'duplicate' : 'stale';
    if (k === this.buf.length) this.buf.push(bf);
    else this.buf.splice(k, 0, bf);
    return 'buffered';
  }

  /**
   * Moves P toward its target. free = nothing is being driven by the playout (not following), so
   * P may jump straight to the target.
   */
  updateOffset(targetNs: number, dtNs: number, free: boolean): void {
    if (!Number.isFinite(targetNs)) return;
    if (Number.isNaN(this.pNs) || free) {
      this.pNs = targetNs;
      return;
    }
    const d = targetNs - this.pNs;
    const up = this.opt.slewUpPerS * dtNs;
    const down = this.opt.slewDownPerS * dtNs;
    this.pNs += d > up ? up : d < -down ? -down : d;
  }

  /** Advances the playout point to now and returns what is played. */
  sample(nowNs: number): PlayoutSample {
    let discontinuity = false;
    if (Number.isNaN(this.pNs)) return this.emptySample();
    let c = nowNs - this.pNs;
    if (c < this.lastCPlay) c = this.lastCPlay;
    this.lastCPlay = c;
    while (this.lo < this.buf.length && this.buf[this.lo]!.captureNs <= c) {
      const f = this.buf[this.lo++]!;
      this.setAnchor(f);
      if (f.discontinuity) discontinuity = true;
    }
    if (this.lo > 256 && this.lo * 2 > this.buf.length) {
      this.buf.splice(0, this.lo);
      this.lo = 0;
    }
    if (this.pendingDiscontinuity) {
      discontinuity = true;
      this.pendingDiscontinuity = false;
    }
    const a = this.anchor;
    if (!a) {
      return { ...this.emptySample(), consoleTimeNs: c, stale: this.buffered === 0 };
    }
    const next = this.lo < this.buf.length ? this.buf[this.lo]! : null;
    let raw: Pose;
    let predicted: boolean;
    let aheadS = 0;
    let stale = false;
    if (next && (next.captureNs - a.captureNs) * 1e-9 <= this.opt.maxGapS) {
      const t = (c - a.captureNs) / (next.captureNs - a.captureNs);
      raw = poseInterpolate(a.pose, next.pose, t);
      predicted = false;
    } else {
      const p = this.predictor.predict(c)!;
      raw = p.pose;
      aheadS = p.aheadS;
      predicted = aheadS > 0;
      stale = aheadS > this.opt.staleLinkTimeoutS;
    }
    const anchorChanged = a.seq !== this.sampledAnchorSeq;
    this.sampledAnchorSeq = a.seq;
    const out = this.blend(raw, predicted, anchorChanged, nowNs, discontinuity);
    return {
      pose: out,
      grip: a.grip,
      clutch: a.clutch,
      camera: a.camera,
      operatorPresent: a.operatorPresent,
      seq: a.seq,
      consoleTimeNs: c,
      predicted,
      aheadS,
      stale,
      discontinuity,
    };
  }

  /** Seqs of the frames that became the played frame (for loss); the reader empties it. */
  readonly playedSeqs: number[] = [];

  private setAnchor(f: BufferedFrame): void {
    this.anchor = f;
    this.playedSeqs.push(f.seq);
    this.predictor.push(f.captureNs, f.pose);
    if (f.discontinuity) this.pendingDiscontinuity = true;
  }

  /** Continuity after extrapolation: blend the jump to the real frames out over recoveryS. */
  private blend(raw: Pose, predicted: boolean, anchorChanged: boolean, nowNs: number, discontinuity: boolean): Pose {
    const recoveryNs = this.opt.recoveryS * 1e9;
    if (discontinuity) {
      this.corrStartNs = NaN;
    } else if (this.lastOut && this.lastPredicted && (!predicted || anchorChanged) && recoveryNs > 0) {
      this.corrPos = [
        this.lastOut.position[0] - raw.position[0],
        this.lastOut.position[1] - raw.position[1],
        this.lastOut.position[2] - raw.position[2],
      ];
      this.corrRot = qToRotVec(qMul(this.lastOut.orientation, qConj(raw.orientation)));
      this.corrStartNs = nowNs;
    }
    let out = raw;
    if (!Number.isNaN(this.corrStartNs)) {
      const f = 1 - (nowNs - this.corrStartNs) / recoveryNs;
      if (f <= 0) {
        this.corrStartNs = NaN;
      } else {
        const cp = this.corrPos;
        const cr = this.corrRot;
        out = {
          position: [raw.position[0] + cp[0] * f, raw.position[1] + cp[1] * f, raw.position[2] + cp[2] * f],
          orientation: qNormalize(qMul(qFromRotVec([cr[0] * f, cr[1] * f, cr[2] * f]), raw.orientation)),
        };
      }
    }
    this.lastOut = poseCopy(out);
    this.lastPredicted = predicted;
    return out;
  }

  private emptySample(): PlayoutSample {
    return {
      pose: null,
      grip: 0,
      clutch: false,
      camera: false,
      operatorPresent: false,
      seq: -1,
      consoleTimeNs: NaN,
      predicted: false,
      aheadS: 0,
      stale: true,
      discontinuity: false,
    };
  }
}
