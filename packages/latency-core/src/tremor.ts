// Tremor filter: an inverse-Chebyshev (Chebyshev type II) band-stop over the physiological tremor
// band (default 6-12 Hz), run at the control rate on the played master pose.
//
// Why this design: physiological tremor sits at 6-12 Hz while voluntary surgical motion is mostly
// below 2-3 Hz. A low-pass would need a corner near 4 Hz and cost ~50+ ms of delay; a band-stop
// only removes the band. Chebyshev II gives an equiripple stop band, so the attenuation is at least
// stopbandDb across the WHOLE band (a Butterworth band-stop is only -3 dB at its edges), with a flat,
// monotonic pass band. Defaults: prototype order 4 (an 8th-order band-stop, 4 biquads), 20 dB.
// The price is phase delay at low frequencies (README: measured attenuation and delay).
//
// Design (once, at construction): analog Chebyshev II low-pass prototype with its stop-band edge at
// 1 rad/s -> low-pass to band-stop transform onto the prewarped band edges -> bilinear transform ->
// conjugate pairs grouped into biquads, each normalised to unity DC gain (a held hand stays exactly
// where it is). Run: transposed direct form II, float64. The design uses dmath's sin/cos/tan/sinh/asinh/pow
// (bit-identical in every engine); the per-tick filter is multiply-add only.
import type { Pose, Quat } from './types.js';
import { qAlign, qNormalize } from './math/quat.js';
import { decayedTravelS } from './predictor.js';
import { dasinh, datan2, dcos, dcosh, dlog10, dpow, dsin, dsinh, dtan } from './math/dmath.js';
import { TremorModel } from './tremor-model.js';

/** How the look-ahead bridges the future the buffer does not hold (README, "Tremor filter"). */
export type TremorBridge = 'output' | 'input' | 'tremor-model';

/** The tremor model's grid: 10 ms (the frame period at 100 Hz) over 300 ms; at least 200 ms to fit. */
const MODEL_DT_S = 0.01;
/**
 * Base of the voluntary slope, s (less the fitted tremor's slope over it, plus half the acceleration
 * times it). 30 ms rather than one frame: a frame-to-frame slope carries the residual tremor and the
 * tip's noise into a guess extrapolated up to advanceS (synthetic motion, 3 seeds: 6-12 Hz -20.95 vs
 * -20.35 dB, worst seed -18.4 vs -16.8, RMS 32.7 vs 35.0 um; dVRK unchanged: bench/tremor.bench.mjs).
 */
const MODEL_SLOPE_BASE_S = 0.03;
const MODEL_POINTS = 31;
const MODEL_MIN_POINTS = 21;
/** The fit weighs the past by exp(-age / this) (the tremor's frequency wanders: its recent phase matters). */
const MODEL_WEIGHT_TAU_S = 0.15;
/** Base of the voluntary acceleration's second difference, s; its bound, m/s^2 (hand). */
const MODEL_ACCEL_BASE_S = 0.02;
const MODEL_MAX_ACCEL_MPS2 = 10;
/** Largest spacing of genuine samples the model's grid interpolates across, s. */
const MODEL_MAX_GAP_S = 0.025;

export interface TremorFilterOptions {
  enabled: boolean;
  lowHz: number;
  highHz: number;
  order: number;
  stopbandDb: number;
  sampleRateHz: number;
}

/** One second-order section: y = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2) x. */
export interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

interface C {
  re: number;
  im: number;
}
const cx = (re: number, im = 0): C => ({ re, im });
const cAdd = (a: C, b: C): C => cx(a.re + b.re, a.im + b.im);
const cSub = (a: C, b: C): C => cx(a.re - b.re, a.im - b.im);
const cMul = (a: C, b: C): C => cx(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
const cScale = (a: C, s: number): C => cx(a.re * s, a.im * s);
function cDiv(a: C, b: C): C {
  const d = b.re * b.re + b.im * b.im;
  return cx((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d);
}
function cSqrt(a: C): C {
  const r = Math.sqrt(a.re * a.re + a.im * a.im);
  const re = Math.sqrt(Math.max(0, (r + a.re) / 2));
  let im = Math.sqrt(Math.max(0, (r - a.re) / 2));
  if (a.im < 0) im = -im;
  return cx(re, im);
}

/** Designs the band-stop as a cascade of biquads. */
export function designBandStop(lowHz: number, highHz: number, order: number, stopbandDb: number, sampleRateHz: number): Biquad[] {
  const fs = sampleRateHz;
  const w1 = 2 * fs * dtan((Math.PI * lowHz) / fs);
  const w2 = 2 * fs * dtan((Math.PI * highHz) / fs);
  const bw = w2 - w1;
  const w0sq = w1 * w2;
  const n = order;
  // Chebyshev II prototype, stop band from 1 rad/s.
  const eps = 1 / Math.sqrt(dpow(10, stopbandDb / 10) - 1);
  const mu = dasinh(1 / eps) / n;
  const lpPoles: C[] = [];
  const lpZeros: C[] = [];
  for (let k = 0; k < n; k++) {
    const th = (Math.PI * (2 * k + 1)) / (2 * n);
    const p1 = cx(-dsinh(mu) * dsin(th), dcosh(mu) * dcos(th));
    lpPoles.push(cDiv(cx(1), p1));
    const c = dcos(th);
    if (Math.abs(c) > 1e-12) lpZeros.push(cx(0, 1 / c));
  }
  // Low-pass -> band-stop: s_lp = bw s / (s^2 + w0^2); each root r gives s^2 - (bw / r) s + w0^2 = 0.
  const split = (r: C): [C, C] => {
    const b = cDiv(cx(bw), r);
    const d = cSqrt(cSub(cMul(b, b), cx(4 * w0sq)));
    return [cScale(cAdd(b, d), 0.5), cScale(cSub(b, d), 0.5)];
  };
  const sPoles: C[] = [];
  const sZeros: C[] = [];
  for (const p of lpPoles) sPoles.push(...split(p));
  for (const z of lpZeros) sZeros.push(...split(z));
  while (sZeros.length < sPoles.length) sZeros.push(cx(0, Math.sqrt(w0sq)), cx(0, -Math.sqrt(w0sq)));
  // Bilinear transform.
  const k2 = 2 * fs;
  const bil = (s: C): C => cDiv(cAdd(cx(k2), s), cSub(cx(k2), s));
  const zPoles = pairs(sPoles.map(bil));
  const zZeros = pairs(sZeros.map(bil));
  // Match each pole pair with the zero pair nearest in angle (both sorted by angle).
  zPoles.sort((a, b) => datan2(a.im, a.re) - datan2(b.im, b.re));
  zZeros.sort((a, b) => datan2(a.im, a.re) - datan2(b.im, b.re));
  const sections: Biquad[] = [];
  for (let i = 0; i < zPoles.length; i++) {
    const p = zPoles[i]!;
    const z = zZeros[i]!;
    const a1 = p.a1;
    const a2 = p.a2;
    let b0 = 1, b1 = z.a1, b2 = z.a2;
    const g = (1 + a1 + a2) / (b0 + b1 + b2); // unity DC gain per section
    b0 *= g;
    b1 *= g;
    b2 *= g;
    sections.push({ b0, b1, b2, a1, a2 });
  }
  return sections;
}

interface Pair {
  re: number;
  im: number;
  a1: number;
  a2: number;
}

/** Groups roots into real second-order factors z^2 + a1 z + a2 (conjugate pairs, or two reals). */
function pairs(roots: C[]): Pair[] {
  const tol = 1e-9;
  const complex = roots.filter((r) => r.im > tol);
  const reals = roots.filter((r) => Math.abs(r.im) <= tol).sort((a, b) => a.re - b.re);
  const out: Pair[] = complex.map((r) => ({ re: r.re, im: r.im, a1: -2 * r.re, a2: r.re * r.re + r.im * r.im }));
  for (let i = 0; i + 1 < reals.length; i += 2) {
    const a = reals[i]!.re;
    const b = reals[i + 1]!.re;
    out.push({ re: (a + b) / 2, im: 0, a1: -(a + b), a2: a * b });
  }
  return out;
}

/** Gain (dB) and phase delay (s) of a cascade at f, from its transfer function. */
export function frequencyResponse(sections: readonly Biquad[], f: number, sampleRateHz: number): { gainDb: number; phaseDelayS: number } {
  const w = (2 * Math.PI * f) / sampleRateHz;
  const z1 = cx(dcos(w), -dsin(w)); // z^-1
  const z2 = cMul(z1, z1);
  let h = cx(1);
  for (const s of sections) {
    const num = cAdd(cAdd(cx(s.b0), cScale(z1, s.b1)), cScale(z2, s.b2));
    const den = cAdd(cAdd(cx(1), cScale(z1, s.a1)), cScale(z2, s.a2));
    h = cMul(h, cDiv(num, den));
  }
  const mag = Math.sqrt(h.re * h.re + h.im * h.im);
  const phase = datan2(h.im, h.re);
  return { gainDb: 20 * dlog10(mag), phaseDelayS: f > 0 ? -phase / (2 * Math.PI * f) : 0 };
}

/** A biquad cascade over several independent channels. */
export class BiquadCascade {
  readonly sections: readonly Biquad[];
  private readonly channels: number;
  private readonly state: Float64Array; // [channel][section][2]

  constructor(sections: readonly Biquad[], channels: number) {
    this.sections = sections;
    this.channels = channels;
    this.state = new Float64Array(channels * sections.length * 2);
  }

  /** Copies another cascade's state (same sections and channels). */
  copyFrom(o: BiquadCascade): void {
    this.state.set(o.state);
  }

  /** Sets every state so that a constant input x[c] gives output x[c] from now on. */
  resetTo(values: ArrayLike<number>): void {
    const ns = this.sections.length;
    for (let c = 0; c < this.channels; c++) {
      const x = values[c]!;
      for (let k = 0; k < ns; k++) {
        const s = this.sections[k]!;
        const i = (c * ns + k) * 2;
        const s2 = (s.b2 - s.a2) * x;
        this.state[i + 1] = s2;
        this.state[i] = (s.b1 - s.a1) * x + s2;
      }
    }
  }

  /** Filters one sample of channel c. */
  step(c: number, x: number): number {
    const ns = this.sections.length;
    const st = this.state;
    let v = x;
    for (let k = 0; k < ns; k++) {
      const s = this.sections[k]!;
      const i = (c * ns + k) * 2;
      const y = s.b0 * v + st[i]!;
      st[i] = s.b1 * v - s.a1 * y + st[i + 1]!;
      st[i + 1] = s.b2 * v - s.a2 * y;
      v = y;
    }
    return v;
  }
}

/** The tremor filter on a pose stream: position and quaternion components, one sample per tick. */
export class TremorFilter {
  readonly enabled: boolean;
  readonly sections: readonly Biquad[];
  /**
   * How far ahead of the playout point the filter reads when it has look-ahead, s: the middle of its
   * phase delay over 0.25-2 Hz (voluntary motion), rounded to the ns. Fed x(c + advanceS), its output
   * is x(c) in that band to within +-residualS; 0 when disabled.
   */
  readonly advanceS: number;
  /** Largest |phase delay - advanceS| over 0.25-2 Hz, s. */
  readonly residualS: number;
  /** Phase delay at 1 Hz as designed (the delay it adds when causal), s. */
  readonly delayAt1HzS: number;
  private readonly cascade: BiquadCascade | null;
  private primed = false;
  private lastQ: Quat = [0, 0, 0, 1];
  private readonly tmp = new Float64Array(7);

  constructor(o: TremorFilterOptions) {
    this.enabled = o.enabled;
    this.sections = o.enabled ? designBandStop(o.lowHz, o.highHz, o.order, o.stopbandDb, o.sampleRateHz) : [];
    this.cascade = o.enabled ? new BiquadCascade(this.sections, 7) : null;
    if (o.enabled) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let f = 0.25; f <= 2.0001; f += 0.25) {
        const d = frequencyResponse(this.sections, f, o.sampleRateHz).phaseDelayS;
        if (d < lo) lo = d;
        if (d > hi) hi = d;
      }
      this.advanceS = Math.round((lo + hi) * 0.5e9) * 1e-9;
      this.residualS = (hi - lo) / 2;
      this.delayAt1HzS = frequencyResponse(this.sections, 1, o.sampleRateHz).phaseDelayS;
    } else {
      this.advanceS = 0;
      this.residualS = 0;
      this.delayAt1HzS = 0;
    }
  }

  /** Restarts at pose p as if it had been held forever (no transient after a re-anchor). */
  reset(p: Pose): void {
    this.lastQ = [p.orientation[0], p.orientation[1], p.orientation[2], p.orientation[3]];
    if (this.cascade) {
      const t = this.tmp;
      t[0] = p.position[0]; t[1] = p.position[1]; t[2] = p.position[2];
      t[3] = p.orientation[0]; t[4] = p.orientation[1]; t[5] = p.orientation[2]; t[6] = p.orientation[3];
      this.cascade.resetTo(t);
    }
    this.primed = true;
  }

  get isPrimed(): boolean {
    return this.primed;
  }

  /**
   * step() on components [x, y, z, qx, qy, qz, qw] in place, without allocating (the look-ahead hot
   * path); the quaternion is put on the filter's hemisphere first and not renormalised.
   */
  stepInPlace(v: Float64Array): void {
    const l = this.lastQ;
    if (v[3]! * l[0] + v[4]! * l[1] + v[5]! * l[2] + v[6]! * l[3] < 0) {
      v[3] = -v[3]!; v[4] = -v[4]!; v[5] = -v[5]!; v[6] = -v[6]!;
    }
    l[0] = v[3]!; l[1] = v[4]!; l[2] = v[5]!; l[3] = v[6]!;
    const c = this.cascade;
    if (!c) return;
    for (let i = 0; i < 7; i++) v[i] = c.step(i, v[i]!);
  }

  /** Takes another filter's whole state (same design). */
  copyFrom(o: TremorFilter): void {
    this.primed = o.primed;
    this.lastQ = [o.lastQ[0], o.lastQ[1], o.lastQ[2], o.lastQ[3]];
    if (this.cascade && o.cascade) this.cascade.copyFrom(o.cascade);
  }

  unprime(): void {
    this.primed = false;
  }

  /**
   * Filters one pose. Quaternion components are filtered linearly and renormalised: for the small
   * rotations between ticks this is the filter on the rotation itself to second order. The input
   * is kept on one hemisphere first (q and -q are the same rotation but not the same signal).
   */
  step(p: Pose): Pose {
    if (!this.primed) this.reset(p);
    const q = qAlign(p.orientation, this.lastQ);
    this.lastQ = q;
    const c = this.cascade;
    if (!c) return { position: [p.position[0], p.position[1], p.position[2]], orientation: q };
    return {
      position: [c.step(0, p.position[0]), c.step(1, p.position[1]), c.step(2, p.position[2])],
      orientation: qNormalize([c.step(3, q[0]), c.step(4, q[1]), c.step(5, q[2]), c.step(6, q[3])]),
    };
  }
}

/**
 * The tremor filter reading ahead in the jitter buffer. Each tick's input is the master pose advanceS
 * past the playout point. The filter keeps a checkpoint that has consumed only FINAL inputs
 * (interpolated between frames with consecutive seqs, or already behind the playout point), and each
 * tick re-runs the samples after it from the buffer as it now is, up to the newest frame held.
 *
 * Where the look-ahead point lies beyond the newest frame (the buffer holds less future than advanceS:
 * 20-30 % of ticks on a 100 +- 20 ms log-normal link), the missing inputs are not extrapolated into the
 * filter (bridge 'output', the default). A band-stop passes its newest inputs almost unchanged, so the
 * error of extrapolating the raw hand - tremor included, which a straight line cannot follow (0.62 of a
 * 9 Hz tremor's amplitude 20 ms ahead) - came out at full strength. Instead the filter runs up to the
 * newest frame and its OUTPUT (voluntary motion + the filter's residual tremor) is extrapolated over
 * the rest with its own velocity over velocityBaseS: exactly within advanceS, then decaying over
 * horizonS (a starved buffer: bounded, it stops by itself). Measured on a 9 Hz sine with the newest
 * frame 10-20 ms short of the look-ahead point: -17.0 dB kept vs -7.5 dB extrapolating the input.
 * When the buffer ran dry (the playout point itself past the newest frame) the frames that come back
 * revise the tip at once: that jump is blended out over recoveryS (see finish()).
 * Bridge 'input' is the first design (raw hand extrapolated into the filter, no blend).
 * Bridge 'tremor-model': past the newest frame the filter's input is a model of the hand (tremor-model.ts):
 * the voluntary motion extrapolated (slope + acceleration) plus the tremor continued as a sinusoid whose
 * frequency, amplitude and phase are fitted to the genuine samples of the last 300 ms, fading to the
 * voluntary part past advanceS; revisions after a dry buffer blended as the output bridge's. Refitted
 * when a newer frame arrives; until it can fit (after a restart) the input bridge.
 */
export class LookAheadTremor {
  private readonly ckpt: TremorFilter;
  private readonly work: TremorFilter;
  /** x-times (console ns) of the samples taken since the checkpoint (a ring), and their last value. */
  private static readonly CAP = 512;
  /** Outputs of the last samples consumed into the checkpoint (for the output's velocity). */
  private static readonly HCAP = 1024;
  private readonly pendT = new Float64Array(LookAheadTremor.CAP);
  private readonly pendV = new Float64Array(LookAheadTremor.CAP * 7);
  /** Output of each pending sample as re-run this tick (valid for the first `ran` of them). */
  private readonly pendY = new Float64Array(LookAheadTremor.CAP * 7);
  private head = 0;
  private n = 0;
  private readonly histT = new Float64Array(LookAheadTremor.HCAP);
  private readonly histY = new Float64Array(LookAheadTremor.HCAP * 7);
  private hHead = 0;
  private hN = 0;
  private readonly v = new Float64Array(7);
  private readonly out = new Float64Array(7);
  private readonly velocityBaseNs: number;
  private readonly horizonS: number;
  /** Last tick's extrapolated span (look-ahead point past the newest frame), s; 0 when none. */
  shortS = 0;

  /**
   * Capture time of the played frame (console ns): samples behind it are consumed with the value they
   * last had (the frames around them may have been played out of the buffer).
   */
  playedNs = -Infinity;
  /** How far ahead of the playout point it reads, s (its design's; TremorFilter.advanceS). */
  readonly advanceS: number;
  private readonly recoveryNs: number;
  private readonly corr = new Float64Array(7);
  private corrStartNs = NaN;
  private readonly lastOut = new Float64Array(7);
  private lastTipS = 0;
  private lastValid = false;
  /** 'output': extrapolate the filter's output past the newest frame; 'input': the raw hand (the first design); 'tremor-model': a model of the hand. */
  private readonly bridge: TremorBridge;
  /** Whether each pending sample's value is genuine (interpolated between frames held when it was read). */
  private readonly pendReal = new Uint8Array(LookAheadTremor.CAP);
  /** Raw inputs consumed into the checkpoint (a ring), with their genuineness: the model's past. */
  private static readonly RCAP = LookAheadTremor.HCAP;
  private readonly rawT = new Float64Array(LookAheadTremor.RCAP);
  private readonly rawV = new Float64Array(LookAheadTremor.RCAP * 7);
  private readonly rawReal = new Uint8Array(LookAheadTremor.RCAP);
  private rHead = 0;
  private rN = 0;
  /** Newest frame held this tick (console ns). */
  private newestNs = -Infinity;
  private readonly model: TremorModel | null;
  /** The newest frame the model was fitted for, and the time of its newest grid point. */
  private fitKeyNs = NaN;
  private fitUNs = NaN;
  /** Successful fits of the tremor model (a figure for tests and diagnostics). */
  modelFits = 0;

  constructor(
    o: TremorFilterOptions,
    extrapolation: { velocityBaseS: number; horizonS: number; bridge?: TremorBridge; recoveryS?: number; maxHandSpeedMps?: number; maxHandAngularSpeedRadps?: number } = {
      velocityBaseS: 0.01,
      horizonS: 0.1,
      recoveryS: 0.2,
    },
  ) {
    this.ckpt = new TremorFilter(o);
    this.work = new TremorFilter(o);
    this.advanceS = this.ckpt.advanceS;
    this.velocityBaseNs = extrapolation.velocityBaseS * 1e9;
    this.horizonS = extrapolation.horizonS;
    this.bridge = extrapolation.bridge ?? 'output';
    // The input bridge is the first design (no blend); the model's revisions after a dry buffer are
    // blended like the output bridge's (-16.7 / -16.6 dB vs -12.5 / -13.4 dB without, two seeds of
    // bench/tremor.bench.mjs before the acceleration term).
    this.recoveryNs = this.bridge !== 'input' ? (extrapolation.recoveryS ?? 0) * 1e9 : 0;
    this.model =
      this.bridge === 'tremor-model' && o.enabled
        ? new TremorModel({
            lowHz: o.lowHz,
            highHz: o.highHz,
            channels: 7,
            positionChannels: 3,
            dtS: MODEL_DT_S,
            maxPoints: MODEL_POINTS,
            minPoints: MODEL_MIN_POINTS,
            holdS: this.advanceS,
            horizonS: extrapolation.horizonS,
            weightTauS: MODEL_WEIGHT_TAU_S,
            maxSpeed: extrapolation.maxHandSpeedMps ?? 2,
            // A unit quaternion's components change at most half the angular speed.
            maxRotationRate: 0.5 * (extrapolation.maxHandAngularSpeedRadps ?? 20),
            maxAccel: MODEL_MAX_ACCEL_MPS2,
          })
        : null;
  }

  /** Its design's phase delay at 1 Hz, s (less advanceS: what it adds reading ahead). */
  get delayAt1HzS(): number {
    return this.ckpt.delayAt1HzS;
  }

  /** Restarts held at p, with the sample of this tick (p itself) consumed. */
  reset(p: Pose, xNs = NaN): Pose {
    this.ckpt.reset(p);
    this.n = 0;
    this.head = 0;
    this.hN = 0;
    this.shortS = 0;
    this.lastValid = false;
    this.corrStartNs = NaN;
    this.rN = 0;
    this.rHead = 0;
    this.fitKeyNs = NaN;
    this.model?.reset();
    const o = this.out;
    o[0] = p.position[0]; o[1] = p.position[1]; o[2] = p.position[2];
    o[3] = p.orientation[0]; o[4] = p.orientation[1]; o[5] = p.orientation[2]; o[6] = p.orientation[3];
    this.ckpt.stepInPlace(o);
    if (Number.isFinite(xNs)) {
      if (this.model) this.rememberRaw(xNs, o, 0);
      this.remember(xNs, o);
    }
    return poseOfArray(o);
  }

  /**
   * One tick: the sample at x-time xNs joins; samples at or before finalNs are consumed into the
   * checkpoint; the rest up to newestNs (the newest frame held) are re-run from it with peek (the buffer
   * as it is now); past newestNs the output is extrapolated.
   */
  step(xNs: number, finalNs: number, peek: (xNs: number, out: Float64Array) => boolean, newestNs = Infinity): Pose {
    const tipS = (xNs - newestNs) * 1e-9;
    this.newestNs = newestNs;
    // 'input': every sample goes through the filter, extrapolated by peek past the newest frame.
    const y = this.stepRaw(xNs, finalNs, peek, this.bridge === 'input' ? Infinity : newestNs);
    return this.finish(xNs, tipS, y);
  }

  /** The filter's output components this tick, before any blend (a view: copy before keeping). */
  private stepRaw(xNs: number, finalNs: number, peek: (xNs: number, out: Float64Array) => boolean, newestNs: number): Float64Array {
    const CAP = LookAheadTremor.CAP;
    const v = this.v;
    // The new sample.
    if (this.n === CAP) this.consumeOldest(finalNs, peek);
    const slot = (this.head + this.n) % CAP;
    this.pendT[slot] = xNs;
    this.pendReal[slot] = 0;
    if (peek(xNs, v)) {
      this.pendV.set(v, slot * 7);
      this.pendReal[slot] = xNs <= this.newestNs ? 1 : 0;
    } else if (this.n > 0) this.pendV.copyWithin(slot * 7, ((slot + CAP - 1) % CAP) * 7, ((slot + CAP - 1) % CAP) * 7 + 7);
    else this.pendV.set(this.out, slot * 7);
    this.n++;
    // Final samples into the checkpoint.
    while (this.n > 0 && this.pendT[this.head]! <= finalNs) this.consumeOldest(finalNs, peek);
    this.shortS = 0;
    if (this.n === 0) return this.out;
    // The rest, up to the newest frame held, re-run from a copy of it.
    this.work.copyFrom(this.ckpt);
    let ran = 0;
    for (let i = 0; i < this.n; i++) {
      const s = (this.head + i) % CAP;
      const t = this.pendT[s]!;
      if (t > newestNs) break; // beyond the frames held
      if (peek(t, v)) {
        this.pendV.set(v, s * 7);
        this.pendReal[s] = 1;
      } else for (let j = 0; j < 7; j++) v[j] = this.pendV[s * 7 + j]!;
      this.work.stepInPlace(v);
      this.pendY.set(v, s * 7);
      ran++;
    }
    if (ran === this.n) return v;
    if (this.model) return this.bridgeWithModel(ran, peek);
    // The look-ahead point is past the newest frame: extrapolate the output from its last value at uNs.
    let uNs: number;
    let ui: number; // index among pending of the last run sample; -1: the checkpoint's last output
    if (ran > 0) {
      ui = ran - 1;
      uNs = this.pendT[(this.head + ui) % CAP]!;
      const us = ((this.head + ui) % CAP) * 7;
      for (let j = 0; j < 7; j++) v[j] = this.pendY[us + j]!;
    } else {
      ui = -1;
      if (this.hN === 0) return this.out;
      const hs = (this.hHead + this.hN - 1) % LookAheadTremor.HCAP;
      uNs = this.histT[hs]!;
      for (let j = 0; j < 7; j++) v[j] = this.histY[hs * 7 + j]!;
    }
    const hS = (xNs - uNs) * 1e-9;
    this.shortS = hS;
    // Exactly h within the filter's own look-ahead (a shortfall of the buffer), then decaying like the
    // predictor's (a starved buffer): bounded, and it stops by itself.
    const travelS = hS <= this.advanceS ? hS : this.advanceS + decayedTravelS(hS - this.advanceS, this.horizonS);
    if (travelS > 0) {
      // The earlier output about velocityBaseS before uNs: among the re-run samples, else the checkpoint's.
      const wantNs = uNs - this.velocityBaseNs;
      let bT = NaN;
      let bBase = -1;
      let bArr: Float64Array = this.pendY;
      for (let i = ui - 1; i >= 0; i--) {
        const s = (this.head + i) % CAP;
        bT = this.pendT[s]!;
        bBase = s * 7;
        if (bT <= wantNs) break;
      }
      if (!(bT <= wantNs)) {
        for (let i = this.hN - (ui === -1 ? 2 : 1); i >= 0; i--) {
          const s = (this.hHead + i) % LookAheadTremor.HCAP;
          bT = this.histT[s]!;
          bBase = s * 7;
          bArr = this.histY;
          if (bT <= wantNs) break;
        }
      }
      if (bBase >= 0 && bT < uNs) {
        const k = travelS / ((uNs - bT) * 1e-9);
        for (let j = 0; j < 7; j++) v[j] = v[j]! + (v[j]! - bArr[bBase + j]!) * k;
      }
    }
    return v;
  }

  /**
   * After the buffer ran dry (the playout point itself past the newest frame: the look-ahead point more
   * than advanceS past it), the frames that come back revise the extrapolated tip at once, a jump that
   * never went through the band-stop. It is blended out over recoveryS (raised cosine), as the playout
   * does after extrapolating. Only then: blending every revision would hold the output on old guesses.
   */
  private finish(xNs: number, tipS: number, raw: Float64Array): Pose {
    const o = this.lastOut;
    if (this.lastValid && this.lastTipS > this.advanceS && tipS < this.lastTipS - 1e-4 && this.recoveryNs > 0) {
      for (let j = 0; j < 7; j++) this.corr[j] = o[j]! - raw[j]!;
      this.corrStartNs = xNs;
    }
    for (let j = 0; j < 7; j++) o[j] = raw[j]!;
    if (!Number.isNaN(this.corrStartNs)) {
      const u = (xNs - this.corrStartNs) / this.recoveryNs;
      if (u >= 1) this.corrStartNs = NaN;
      else {
        const f = 0.5 + 0.5 * dcos(Math.PI * u); // 1 -> 0 with zero slope at both ends
        for (let j = 0; j < 7; j++) o[j] = o[j]! + this.corr[j]! * f;
      }
    }
    this.lastTipS = tipS;
    this.lastValid = true;
    return poseOfArray(o);
  }

  private consumeOldest(finalNs: number, peek: (xNs: number, out: Float64Array) => boolean): void {
    const s = this.head;
    const t = this.pendT[s]!;
    const v = this.out;
    // Inside the final horizon the buffer's value is the truth; a sample the playout has passed keeps
    // the value it last had (the frames around it may have been played out of the buffer).
    let real = this.pendReal[s]!;
    if (t <= finalNs && t > this.playedNs && peek(t, v)) real = t <= this.newestNs ? 1 : 0;
    else for (let j = 0; j < 7; j++) v[j] = this.pendV[s * 7 + j]!;
    if (this.model) this.rememberRaw(t, v, real);
    this.ckpt.stepInPlace(v);
    this.remember(t, v);
    this.head = (this.head + 1) % LookAheadTremor.CAP;
    this.n--;
  }

  /**
   * The tail past the newest frame, fed the model of the hand instead of a straight line: the pending
   * samples from index `ran` on go through the filter with the model's bridge as input (the input
   * bridge until the model can fit). Returns the last output.
   */
  private bridgeWithModel(ran: number, peek: (xNs: number, out: Float64Array) => boolean): Float64Array {
    const CAP = LookAheadTremor.CAP;
    const model = this.model!;
    const v = this.v;
    if (this.fitKeyNs !== this.newestNs) {
      this.fitKeyNs = this.newestNs;
      this.fitModel(ran);
    }
    for (let i = ran; i < this.n; i++) {
      const s = (this.head + i) % CAP;
      const t = this.pendT[s]!;
      if (model.valid) model.predict((t - this.fitUNs) * 1e-9, v);
      else if (!peek(t, v)) for (let j = 0; j < 7; j++) v[j] = this.pendV[s * 7 + j]!;
      this.pendV.set(v, s * 7);
      this.pendReal[s] = 0;
      this.work.stepInPlace(v);
    }
    this.shortS = (this.pendT[(this.head + this.n - 1) % CAP]! - this.fitUNs) * 1e-9;
    return v;
  }

  /**
   * Fits the model: its grid is e = x - y every MODEL_DT_S backwards from advanceS before the newest
   * genuine sample u (x the raw input at tau, y the filter's output for the sample at tau + advanceS,
   * i.e. its estimate of the voluntary motion at tau), interpolated between genuine samples no further
   * apart than MODEL_MAX_GAP_S, quaternions on the newest sample's hemisphere. Anchored at x(u) with
   * the slope of the last MODEL_SLOPE_BASE_S.
   */
  private fitModel(ran: number): void {
    const model = this.model!;
    const grid = model.grid;
    const total = ran + this.rN;
    this.fitRan = ran;
    model.invalidate();
    let k0 = 0;
    while (k0 < total && !this.sampleReal(k0)) k0++;
    if (k0 >= total) return;
    const uNs = this.sampleT(k0);
    this.fitUNs = uNs;
    const xu = this.xU;
    for (let j = 0; j < 7; j++) xu[j] = this.sampleV(k0, j, false);
    const xp = this.xPrev;
    this.interpAt(uNs - MODEL_SLOPE_BASE_S * 1e9, k0, false, xp, xu);
    if (!this.interpOk) return;
    const lagNs = this.advanceS * 1e9;
    let kx = k0;
    let ky = k0;
    const x = this.gx;
    const y = this.gy;
    const mask = model.mask;
    let n = 0;
    for (let i = 0; i < MODEL_POINTS; i++) {
      const tau = uNs - lagNs - i * MODEL_DT_S * 1e9;
      // A point the history does not cover genuinely (a loss burst's guesses consumed) is left out.
      kx = this.interpAt(tau, kx, false, x, xu);
      const okX = this.interpOk;
      ky = this.interpAt(tau + lagNs, ky, true, y, xu);
      mask[i] = okX && this.interpOk ? 1 : 0;
      if (kx < 0 || ky < 0) {
        for (let r = i; r < MODEL_POINTS; r++) mask[r] = 0;
        break;
      }
      for (let j = 0; j < 7; j++) grid[i * 7 + j] = mask[i] ? x[j]! - y[j]! : 0;
      n = i + 1;
    }
    if (!model.fit(n, this.advanceS, xu, xp, MODEL_SLOPE_BASE_S)) return;
    this.modelFits++;
    // The voluntary motion's acceleration: second difference of the hand less the fitted tremor over
    // MODEL_ACCEL_BASE_S (a straight line misses fast voluntary motion by more than the tremor itself:
    // ~0.3 mm of a 5 cm, 1.5 Hz hand 20-30 ms ahead, bench/tremor.bench.mjs).
    const d = MODEL_ACCEL_BASE_S;
    const a0 = this.gx;
    const a1 = this.gy;
    const a2 = this.ya;
    const k1 = this.interpAt(uNs - d * 1e9, k0, false, a1, xu);
    const ok1 = this.interpOk;
    this.interpAt(uNs - 2 * d * 1e9, k1, false, a2, xu);
    if (!ok1 || !this.interpOk) return;
    const s = this.tmpS;
    model.tremorAt(0, s);
    for (let j = 0; j < 7; j++) a0[j] = xu[j]! - s[j]!;
    model.tremorAt(-d, s);
    for (let j = 0; j < 7; j++) a1[j] = a1[j]! - s[j]!;
    model.tremorAt(-2 * d, s);
    for (let j = 0; j < 7; j++) a2[j] = (a0[j]! - 2 * (a1[j]!) + (a2[j]! - s[j]!)) / (d * d);
    model.setAcceleration(a2, MODEL_SLOPE_BASE_S);
  }

  private readonly xU = new Float64Array(7);
  private readonly xPrev = new Float64Array(7);
  private readonly gx = new Float64Array(7);
  private readonly gy = new Float64Array(7);
  private readonly ya = new Float64Array(7);
  private readonly tmpS = new Float64Array(7);

  /**
   * The input (or, y, the filter's output) at time tNs, interpolated between the genuine samples around
   * it, searching backwards from sample k (at or after tNs); the quaternion on ref's hemisphere.
   * Returns the index of the later sample (the next search's start), or -1 when not covered.
   */
  private interpAt(tNs: number, k: number, y: boolean, out: Float64Array, ref: Float64Array): number {
    const total = this.fitRan + this.rN;
    this.interpOk = false;
    if (k < 0 || k >= total || this.sampleT(k) < tNs) return -1;
    while (k + 1 < total && this.sampleT(k + 1) > tNs) k++;
    if (k + 1 >= total && this.sampleT(k) !== tNs) return -1; // older than the history
    if (!this.sampleReal(k)) return k;
    const tL = this.sampleT(k);
    if (tL === tNs) {
      for (let j = 0; j < 7; j++) out[j] = this.sampleV(k, j, y);
    } else {
      if (!this.sampleReal(k + 1)) return k;
      const tE = this.sampleT(k + 1);
      if (!(tE <= tNs) || !(tL > tE) || tL - tE > MODEL_MAX_GAP_S * 1e9) return k;
      const a = (tNs - tE) / (tL - tE);
      for (let j = 0; j < 7; j++) {
        const e = this.sampleV(k + 1, j, y);
        out[j] = e + (this.sampleV(k, j, y) - e) * a;
      }
    }
    if (out[3]! * ref[3]! + out[4]! * ref[4]! + out[5]! * ref[5]! + out[6]! * ref[6]! < 0) for (let j = 3; j < 7; j++) out[j] = -out[j]!;
    this.interpOk = true;
    return k;
  }
  private interpOk = false;

  /** The k-th newest sample for the model: the pending ones re-run this tick (genuine) first, then the consumed ring. */
  private fitRan = 0;
  private slotOf(k: number): number {
    return k < this.fitRan ? (this.head + this.fitRan - 1 - k) % LookAheadTremor.CAP : (this.rHead + this.rN - 1 - (k - this.fitRan)) % LookAheadTremor.RCAP;
  }
  private sampleT(k: number): number {
    return k < this.fitRan ? this.pendT[this.slotOf(k)]! : this.rawT[this.slotOf(k)]!;
  }
  private sampleReal(k: number): boolean {
    return (k < this.fitRan ? this.pendReal[this.slotOf(k)]! : this.rawReal[this.slotOf(k)]!) === 1;
  }
  /** Input (y false) or the filter's output (y true) of the k-th newest sample. */
  private sampleV(k: number, j: number, y: boolean): number {
    if (k < this.fitRan) return (y ? this.pendY : this.pendV)[this.slotOf(k) * 7 + j]!;
    if (!y) return this.rawV[this.slotOf(k) * 7 + j]!;
    // The output ring is pushed in lockstep with the raw one (same capacity, same samples).
    return this.histY[((this.hHead + this.hN - 1 - (k - this.fitRan)) % LookAheadTremor.HCAP) * 7 + j]!;
  }

  /** Keeps a consumed sample's raw input (ring), for the tremor model. */
  private rememberRaw(t: number, v: Float64Array, real: number): void {
    const R = LookAheadTremor.RCAP;
    const s = (this.rHead + this.rN) % R;
    this.rawT[s] = t;
    this.rawV.set(v, s * 7);
    this.rawReal[s] = real;
    if (this.rN < R) this.rN++;
    else this.rHead = (this.rHead + 1) % R;
  }

  /** Keeps a consumed sample's output (ring). */
  private remember(t: number, y: Float64Array): void {
    const H = LookAheadTremor.HCAP;
    const s = (this.hHead + this.hN) % H;
    this.histT[s] = t;
    this.histY.set(y, s * 7);
    if (this.hN < H) this.hN++;
    else this.hHead = (this.hHead + 1) % H;
  }
}

/** A pose from filter components, the quaternion renormalised. */
function poseOfArray(v: Float64Array): Pose {
  return { position: [v[0]!, v[1]!, v[2]!], orientation: qNormalize([v[3]!, v[4]!, v[5]!, v[6]!]) };
}
