// The report's figures, computed from traces: motion peaks, time per state, tracking error against a
// reference run (with the constant lag that explains most of it), safety events, and decimated series
// for the plots. Pure functions of the traces.
import { STATES, stateName, type Trace } from './trace.js';

export interface MotionFigures {
  /** Tool tip setpoint speed, m/s, over the fixed window (FIGURE_WINDOW_S): peak and when (s from the start). */
  peakSpeedMps: number;
  peakSpeedAtS: number;
  /**
   * Setpoint acceleration, m/s^2, from speeds over the fixed window: a short tick right after a loop stall
   * divides a velocity change by a tiny dt and would report an acceleration the arm never had.
   */
  peakAccelMps2: number;
  peakAccelAtS: number;
  peakAngularSpeedRadps: number;
  peakJawSpeedRadps: number;
  /** Distance travelled by the setpoint, m. */
  pathLengthM: number;
  /** Time the setpoint moved at its linear speed limit (clipped by the limiter), s; NaN without a limit. */
  linearClippedS: number;
  /** Time the setpoint turned at its angular speed limit (orientation clipped), s; NaN without a limit. */
  angularClippedS: number;
}

/** Window over which speeds and accelerations are taken, s: 10 control ticks at 1 kHz. */
export const FIGURE_WINDOW_S = 0.01;
/** A windowed speed at or above this share of its limit counts as clipped. */
export const CLIP_SHARE = 0.98;

export interface StateTimes {
  /** Seconds spent in each supervisor state. */
  byState: Record<string, number>;
  /** HOLDING: decelerated to a hold (stale link, operator absent, poor link, lost clock). */
  heldS: number;
  followingS: number;
  /** FAULT and ESTOPPED. */
  latchedS: number;
  totalS: number;
}

export interface TrackingFigures {
  /** Tool tip setpoint distance to the reference's at the same tick, m. */
  rmsM: number;
  maxM: number;
  maxAtS: number;
  p95M: number;
  /** Constant delay of the run behind the reference that best explains the error, s (0..1 s searched). */
  lagS: number;
  /** RMS distance once that lag is taken out: what is not plain delay (distortion, holds, limits), m. */
  rmsAtLagM: number;
  /** Orientation difference at the same tick, rad. */
  orientationRmsRad: number;
  orientationMaxRad: number;
  jawMaxRad: number;
}

export interface SafetyEvent {
  tick: number;
  timeS: number;
  severity: string;
  code: string;
  message: string;
}

export interface StateChange {
  tick: number;
  timeS: number;
  from: string;
  to: string;
  reason: string;
}

export function stepSeconds(trace: Trace, i: number): number {
  return i > 0 ? ((trace.timeNs[i] as number) - (trace.timeNs[i - 1] as number)) / 1e9 : 0;
}

export interface SpeedLimits {
  maxLinearSpeedMps: number;
  maxAngularSpeedRadps: number;
}

export function motionFigures(t: Trace, limits?: SpeedLimits): MotionFigures {
  const t0 = t.timeNs[0] ?? 0;
  const f: MotionFigures = {
    peakSpeedMps: 0,
    peakSpeedAtS: 0,
    peakAccelMps2: 0,
    peakAccelAtS: 0,
    peakAngularSpeedRadps: 0,
    peakJawSpeedRadps: 0,
    pathLengthM: 0,
    linearClippedS: limits ? 0 : NaN,
    angularClippedS: limits ? 0 : NaN,
  };
  const s = t.setpoint;
  const n = t.length;
  const windowNs = FIGURE_WINDOW_S * 1e9;
  // Windowed velocity at every tick (from the last tick at least one window earlier), kept for the
  // acceleration, which differences velocities one window apart.
  const vel = new Float64Array(n * 3);
  const hasVel = new Uint8Array(n);
  let k = 0;
  for (let i = 1; i < n; i++) {
    const dt = stepSeconds(t, i);
    const o = i * 7;
    const p = o - 7;
    const d = Math.hypot((s[o] as number) - (s[p] as number), (s[o + 1] as number) - (s[p + 1] as number), (s[o + 2] as number) - (s[p + 2] as number));
    f.pathLengthM += d;
    if (dt > 0) {
      const jaw = Math.abs((t.jaw[i] as number) - (t.jaw[i - 1] as number)) / dt;
      if (jaw > f.peakJawSpeedRadps) f.peakJawSpeedRadps = jaw;
    }
    const ti = t.timeNs[i] as number;
    while (k + 1 < i && ti - (t.timeNs[k + 1] as number) >= windowNs) k++;
    const spanS = (ti - (t.timeNs[k] as number)) / 1e9;
    if (!(spanS * 1e9 >= windowNs)) continue;
    const ok = k * 7;
    const vx = ((s[o] as number) - (s[ok] as number)) / spanS;
    const vy = ((s[o + 1] as number) - (s[ok + 1] as number)) / spanS;
    const vz = ((s[o + 2] as number) - (s[ok + 2] as number)) / spanS;
    vel[i * 3] = vx;
    vel[i * 3 + 1] = vy;
    vel[i * 3 + 2] = vz;
    hasVel[i] = 1;
    const atS = (ti - t0) / 1e9;
    const speed = Math.hypot(vx, vy, vz);
    if (speed > f.peakSpeedMps) {
      f.peakSpeedMps = speed;
      f.peakSpeedAtS = atS;
    }
    const ang = quatAngle(s, ok + 3, s, o + 3) / spanS;
    if (ang > f.peakAngularSpeedRadps) f.peakAngularSpeedRadps = ang;
    if (limits && dt > 0) {
      if (speed >= CLIP_SHARE * limits.maxLinearSpeedMps) f.linearClippedS += dt;
      if (ang >= CLIP_SHARE * limits.maxAngularSpeedRadps) f.angularClippedS += dt;
    }
    if (hasVel[k] === 1) {
      const acc = Math.hypot(vx - (vel[k * 3] as number), vy - (vel[k * 3 + 1] as number), vz - (vel[k * 3 + 2] as number)) / spanS;
      if (acc > f.peakAccelMps2) {
        f.peakAccelMps2 = acc;
        f.peakAccelAtS = atS;
      }
    }
  }
  return f;
}

/** Rotation angle between two unit quaternions stored at offsets in flat arrays, rad. */
function quatAngle(a: Float64Array, ia: number, b: Float64Array, ib: number): number {
  const dot =
    (a[ia] as number) * (b[ib] as number) +
    (a[ia + 1] as number) * (b[ib + 1] as number) +
    (a[ia + 2] as number) * (b[ib + 2] as number) +
    (a[ia + 3] as number) * (b[ib + 3] as number);
  return 2 * Math.acos(Math.min(1, Math.abs(dot)));
}

export function stateTimes(t: Trace): StateTimes {
  const byState: Record<string, number> = {};
  for (const s of STATES) byState[s] = 0;
  let total = 0;
  for (let i = 1; i < t.length; i++) {
    const dt = stepSeconds(t, i);
    // The time from tick i-1 to tick i is spent in the state of tick i-1.
    const name = stateName(t.state[i - 1] as number);
    byState[name] = (byState[name] ?? 0) + dt;
    total += dt;
  }
  return {
    byState,
    heldS: byState.HOLDING ?? 0,
    followingS: byState.FOLLOWING ?? 0,
    latchedS: (byState.FAULT ?? 0) + (byState.ESTOPPED ?? 0),
    totalS: total,
  };
}

function positionDistance(a: Trace, ia: number, b: Trace, ib: number): number {
  const oa = ia * 7;
  const ob = ib * 7;
  return Math.hypot(
    (a.setpoint[oa] as number) - (b.setpoint[ob] as number),
    (a.setpoint[oa + 1] as number) - (b.setpoint[ob + 1] as number),
    (a.setpoint[oa + 2] as number) - (b.setpoint[ob + 2] as number),
  );
}

/** RMS of |run[i] - ref[i - lag]| over i in [lag, n), sampling every `stride` ticks. */
function rmsAtLag(run: Trace, ref: Trace, n: number, lag: number, stride: number): number {
  let ss = 0;
  let count = 0;
  for (let i = lag; i < n; i += stride) {
    const d = positionDistance(run, i, ref, i - lag);
    ss += d * d;
    count++;
  }
  return count > 0 ? Math.sqrt(ss / count) : NaN;
}

/** Tracking error of `run` against `ref`; both indexed by the same ticks. */
export function trackingFigures(run: Trace, ref: Trace): TrackingFigures {
  const n = Math.min(run.length, ref.length);
  const t0 = run.timeNs[0] ?? 0;
  const dist = new Float64Array(n);
  let ss = 0;
  let max = 0;
  let maxAt = 0;
  let oss = 0;
  let omax = 0;
  let jmax = 0;
  for (let i = 0; i < n; i++) {
    const d = positionDistance(run, i, ref, i);
    dist[i] = d;
    ss += d * d;
    if (d > max) {
      max = d;
      maxAt = i;
    }
    const a = quatAngle(run.setpoint, i * 7 + 3, ref.setpoint, i * 7 + 3);
    oss += a * a;
    if (a > omax) omax = a;
    const j = Math.abs((run.jaw[i] as number) - (ref.jaw[i] as number));
    if (j > jmax) jmax = j;
  }
  dist.sort();
  if (max === 0) {
    // Identical positions: nothing to explain by a lag.
    return { rmsM: 0, maxM: 0, maxAtS: 0, p95M: 0, lagS: 0, rmsAtLagM: 0, orientationRmsRad: n > 0 ? Math.sqrt(oss / n) : 0, orientationMaxRad: omax, jawMaxRad: jmax };
  }
  // Lag search: coarse (every 10th tick, 10-tick lag steps) then fine around the best, up to 1 s.
  const dtS = n > 1 ? ((run.timeNs[n - 1] as number) - t0) / 1e9 / (n - 1) : 1e-3;
  const maxLag = Math.min(n - 1, Math.max(0, Math.round(1 / dtS)));
  let bestLag = 0;
  let best = rmsAtLag(run, ref, n, 0, 10);
  for (let lag = 10; lag <= maxLag; lag += 10) {
    const r = rmsAtLag(run, ref, n, lag, 10);
    if (r < best) {
      best = r;
      bestLag = lag;
    }
  }
  let fineBest = rmsAtLag(run, ref, n, bestLag, 1);
  let fineLag = bestLag;
  for (let lag = Math.max(0, bestLag - 10); lag <= Math.min(maxLag, bestLag + 10); lag++) {
    const r = rmsAtLag(run, ref, n, lag, 1);
    if (r < fineBest) {
      fineBest = r;
      fineLag = lag;
    }
  }
  return {
    rmsM: n > 0 ? Math.sqrt(ss / n) : 0,
    maxM: max,
    maxAtS: n > 0 ? ((run.timeNs[maxAt] as number) - t0) / 1e9 : 0,
    p95M: n > 0 ? (dist[Math.min(n - 1, Math.floor(0.95 * n))] as number) : 0,
    lagS: fineLag * dtS,
    rmsAtLagM: Number.isFinite(fineBest) ? fineBest : 0,
    orientationRmsRad: n > 0 ? Math.sqrt(oss / n) : 0,
    orientationMaxRad: omax,
    jawMaxRad: jmax,
  };
}

export function safetyEvents(t: Trace): SafetyEvent[] {
  const t0 = t.timeNs[0] ?? 0;
  return t.events.map((e) => ({
    tick: e.tick,
    timeS: (e.timeNs - t0) / 1e9,
    severity: e.event.severity,
    code: e.event.code,
    message: e.event.message,
  }));
}

export function stateChanges(t: Trace): StateChange[] {
  const t0 = t.timeNs[0] ?? 0;
  // The first entry is the initial state, not a change.
  return t.transitions.slice(1).map((x) => ({ tick: x.tick, timeS: (x.timeNs - t0) / 1e9, from: x.from, to: x.to, reason: x.reason }));
}

export interface PlotSeries {
  /** Bucket start, s from the session start. */
  timeS: number[];
  /** Per bucket: tool tip position (first tick of the bucket), m. */
  x: number[];
  y: number[];
  z: number[];
  /** Per bucket: peak setpoint speed, m/s. */
  speedMps: number[];
  /** Per bucket: peak distance to the reference, m (empty without a reference). */
  errorM: number[];
}

/** Decimates a trace to at most `buckets` points, keeping peaks (max per bucket) so spikes stay visible. */
export function plotSeries(run: Trace, ref: Trace | null, buckets = 1200): PlotSeries {
  const n = run.length;
  const t0 = run.timeNs[0] ?? 0;
  const per = Math.max(1, Math.ceil(n / buckets));
  const out: PlotSeries = { timeS: [], x: [], y: [], z: [], speedMps: [], errorM: [] };
  for (let b = 0; b * per < n; b++) {
    const start = b * per;
    const end = Math.min(n, start + per);
    out.timeS.push(((run.timeNs[start] as number) - t0) / 1e9);
    out.x.push(run.setpoint[start * 7] as number);
    out.y.push(run.setpoint[start * 7 + 1] as number);
    out.z.push(run.setpoint[start * 7 + 2] as number);
    let vmax = 0;
    let emax = 0;
    for (let i = Math.max(1, start); i < end; i++) {
      const dt = stepSeconds(run, i);
      if (dt > 0) vmax = Math.max(vmax, positionDistance(run, i, run, i - 1) / dt);
      if (ref && i < ref.length) emax = Math.max(emax, positionDistance(run, i, ref, i));
    }
    if (ref && start < ref.length) emax = Math.max(emax, positionDistance(run, start, ref, start));
    out.speedMps.push(vmax);
    if (ref) out.errorM.push(emax);
  }
  return out;
}
