// A model of the tremor itself, to bridge the future the jitter buffer does not hold (issue 16).
//
// Why: the look-ahead tremor filter reads ~29.5 ms past the playout point; where the buffer holds less
// future, its input there must be guessed. A straight line through the newest frames cannot follow a
// 9 Hz tremor (0.62 of its amplitude wrong 20 ms ahead), and a band-stop passes its newest inputs
// almost unchanged, so the guess's error reaches the tool. Tremor is quasi-periodic: a sinusoid whose
// frequency, amplitude and phase are fitted to the recent past continues it well over tens of ms.
//
// Two parts, because one model cannot do both: a polynomial over the window long enough to find a 6 Hz
// tremor (300 ms) misses fast voluntary motion by millimetres, while a straight line through the
// newest frames (the 'input' bridge) is the best guess of the voluntary motion over tens of ms.
//  - The tremor: fitted to e = x - y, the raw hand less the look-ahead filter's own output aligned in
//    time (the filter removes the tremor and passes voluntary motion with zero phase, so e is the
//    tremor plus a small, slow residual). Per component c, least squares on a uniform grid ending
//    lagS before u (e is known only that far: the filter reads advanceS ahead):
//      e_c(tau) = p0 + p1 s + p2 s^2 + A cos(w tau) + B sin(w tau),   s = tau / window.
//    Points are weighted exp(-age / weightTauS) (the frequency wanders: the recent phase matters);
//    grid points the caller marks unknown (mask) weigh nothing. w is shared by all components (one
//    hand, one tremor), chosen by the least total residual over the POSITION components (quaternion
//    components are another unit) on a 0.5 Hz grid from lowHz - 1 to highHz + 1 Hz, then a parabola
//    through the best point and its neighbours (the band-limited search of a BMFLC, solved in closed
//    form instead of adapted by LMS, so it needs no convergence time after a restart). The basis is the
//    same for every component: one Gram matrix (Cholesky) serves them all.
//  - The voluntary motion: x(u) + v travel(h) + a travel(h)^2 / 2, v the slope of the last deltaS (as
//    the input bridge's), a given by the caller (setAcceleration: the second difference of x - kS),
//    v and a bounded (hand speed, maxAccel); less the slope the tremor contributes over that deltaS.
// Bridge, h = t - u >= 0:
//      x_c(u) + v_c travel + a_c travel^2 / 2 + k g(h) (S_c(h) - S_c(0) - s_c travel),
//      s_c = (S_c(0) - S_c(-deltaS)) / deltaS
// continuous at h = 0 (x_c(u) exactly); with k = 0 and a = 0 it is the input bridge's straight line.
// travel(h) = h up to holdS, then decaying over horizonS (as the predictor's); g(h) = 1 up to holdS, then
// a raised cosine to 0 over horizonS: past the look-ahead the tremor's continuation fades and the bridge
// tends to the voluntary extrapolation, which itself stops (a starved buffer stops by itself). Bounded:
// the sinusoid's amplitude is capped at the largest residual of e observed in the window (it never
// amplifies); k in [0, 1] is the fraction of e's variance (beyond the quadratic) the sinusoid explains,
// mapped linearly from MIN_EXPLAINED to FULL_EXPLAINED; no tremor (a residual under FLOOR_RMS, or the
// best fit at an end of the search or outside the band): k = 0.
//
// Pure and deterministic: float64 arithmetic, cos/sin from dmath (fdlibm); everything preallocated.
import { dcos, dexp, dsin } from './math/dmath.js';
import { decayedTravelS } from './predictor.js';

export interface TremorModelOptions {
  /** Tremor band searched, Hz. */
  lowHz: number;
  highHz: number;
  /** Components per sample (7: x, y, z, qx, qy, qz, qw); the first `positionChannels` choose w. */
  channels: number;
  positionChannels: number;
  /** Grid spacing and number of grid points (window = (maxPoints - 1) dt), s. */
  dtS: number;
  maxPoints: number;
  /** Fewest grid points for a fit (below: invalid, the caller falls back). */
  minPoints: number;
  /** The bridge is exact (no decay) up to this far past u, s (the filter's look-ahead). */
  holdS: number;
  /** Then both parts decay over this, s. */
  horizonS: number;
  /** Time constant of the exponential weight of the past in the fit, s (0: uniform). */
  weightTauS: number;
  /** Largest voluntary acceleration of the position components, per second squared (and of the
   *  quaternion components, as a group, in 1/s^2: ~2x the angular acceleration in rad/s^2). */
  maxAccel: number;
  /** Largest rate of the quaternion components, as a group, 1/s (half the angular speed in rad/s). */
  maxRotationRate: number;
  /** Largest voluntary speed of the position components, per second (hand speed bound). */
  maxSpeed: number;
}

/** Coarse frequency step of the search, Hz (refined by a parabola through the best three). */
const COARSE_STEP_HZ = 0.5;
/** The frequency search extends this far past the band on both sides, Hz. */
const SEARCH_MARGIN_HZ = 1;
/** Explained-variance fraction of the residual below which the oscillator is not used, and from which it is used fully. */
const MIN_EXPLAINED = 0.5;
const FULL_EXPLAINED = 0.8;
/** Residual RMS (position units: m) below which there is nothing to model: a tremor under 1 um is none. */
const FLOOR_RMS = 1e-6;
const NB = 5; // basis functions
/** Coarse steps searched on each side of the last peak, and how often the whole range is searched (fits). */
const LOCAL_STEPS = 2;
const FULL_SEARCH_EVERY = 10;

export class TremorModel {
  private readonly o: TremorModelOptions;
  /** Grid samples to fit, filled by the caller: grid[i * channels + c] = e_c(u - lagS - i dt). */
  readonly grid: Float64Array;
  /** Which grid points are known (1) or left out (0); all 1 unless the caller says otherwise. */
  readonly mask: Uint8Array;
  private readonly sqrtWeight: Float64Array;
  private readonly basis: Float64Array; // [i][NB]
  private readonly gram = new Float64Array(NB * NB);
  private readonly chol = new Float64Array(NB * NB);
  /** Basis and Cholesky factor for a full grid: one per coarse frequency, then w = 0 (the quadratic). */
  private readonly cacheBasis: Float64Array[] = [];
  private readonly cacheChol: Float64Array[] = [];
  private readonly rhs: Float64Array; // [c][NB]
  private readonly coef: Float64Array; // [c][NB]
  private readonly tmp = new Float64Array(NB);
  private readonly xxC: Float64Array;
  private readonly polyY: Float64Array;
  private readonly bestCoef: Float64Array;
  private readonly coarse: Float64Array;
  private readonly searchLowHz: number;
  /** Fitted state: the grid's lag behind u, the anchor x(u), the straight line's slope, the tremor's slope over deltaS. */
  private lagS = 0;
  private readonly x0: Float64Array;
  private readonly slope: Float64Array;
  private readonly tremorSlope: Float64Array;
  /** The voluntary motion's acceleration at u (given by the caller), per second squared. */
  private readonly accel: Float64Array;
  private readonly amA: Float64Array;
  private readonly amB: Float64Array;
  private omega = 0;
  /** cos and sin of omega lagS (the tremor's phase at u), kept from the fit for predict(). */
  private cosLag = 1;
  private sinLag = 0;
  /** The first known grid point (the values are fitted relative to it). */
  private refIndex = 0;
  private gainK = 0;
  /** Coarse index of the last fit's peak (-1: none), and fits since the last search of the whole range. */
  private lastPeak = -1;
  private fitsSinceFull = 0;
  private scanBest = -1;
  private scanRss = Infinity;
  private fitted = false;

  constructor(o: TremorModelOptions) {
    if (!(o.maxPoints >= o.minPoints && o.minPoints >= 6)) throw new Error('TremorModel: expected maxPoints >= minPoints >= 6');
    this.o = o;
    const ch = o.channels;
    this.grid = new Float64Array(o.maxPoints * ch);
    this.mask = new Uint8Array(o.maxPoints).fill(1);
    this.sqrtWeight = new Float64Array(o.maxPoints);
    for (let i = 0; i < o.maxPoints; i++) this.sqrtWeight[i] = o.weightTauS > 0 ? dexp((-0.5 * i * o.dtS) / o.weightTauS) : 1;
    this.basis = new Float64Array(o.maxPoints * NB);
    this.rhs = new Float64Array(ch * NB);
    this.coef = new Float64Array(ch * NB);
    this.xxC = new Float64Array(ch);
    this.polyY = new Float64Array(ch * 3);
    this.bestCoef = new Float64Array(ch * NB);
    // The search reaches SEARCH_MARGIN_HZ past the band: a best fit at either end of the search is no
    // tremor peak (slow voluntary motion leaking into the residual rises towards the low end).
    this.searchLowHz = Math.max(COARSE_STEP_HZ, o.lowHz - SEARCH_MARGIN_HZ);
    this.coarse = new Float64Array(Math.floor((o.highHz + SEARCH_MARGIN_HZ - this.searchLowHz) / COARSE_STEP_HZ + 1e-9) + 1);
    const ones = new Uint8Array(o.maxPoints).fill(1);
    for (let k = 0; k <= this.coarse.length; k++) {
      const bs = new Float64Array(o.maxPoints * NB);
      const G = new Float64Array(NB * NB);
      if (k < this.coarse.length) this.factor(o.maxPoints, 2 * Math.PI * (this.searchLowHz + k * COARSE_STEP_HZ), NB, ones, bs, G);
      else this.factor(o.maxPoints, 0, 3, ones, bs, G);
      this.cacheBasis.push(bs);
      this.cacheChol.push(G);
    }
    this.x0 = new Float64Array(ch);
    this.slope = new Float64Array(ch);
    this.tremorSlope = new Float64Array(ch);
    this.accel = new Float64Array(ch);
    this.amA = new Float64Array(ch);
    this.amB = new Float64Array(ch);
  }

  get valid(): boolean {
    return this.fitted;
  }

  /** Fitted tremor frequency, Hz (NaN before a fit). */
  get frequencyHz(): number {
    return this.fitted ? this.omega / (2 * Math.PI) : NaN;
  }

  /** Weight of the oscillator in the bridge, 0..1 (0: no tremor found). */
  get oscillatorWeight(): number {
    return this.fitted ? this.gainK : 0;
  }

  invalidate(): void {
    this.fitted = false;
  }

  /** Forgets the frequency found (a restart: the next fit searches the whole range). */
  reset(): void {
    this.fitted = false;
    this.lastPeak = -1;
    this.fitsSinceFull = 0;
  }

  /**
   * Fits the tremor to the first n grid points (grid[0] = the newest, lagS before u) and anchors the
   * bridge at xU = x(u), with the straight line's slope (xU - xPrev) / deltaS. False (and invalid) when n
   * is below minPoints or the fit is degenerate.
   */
  fit(n: number, lagS: number, xU: ArrayLike<number>, xPrev: ArrayLike<number>, deltaS: number): boolean {
    const o = this.o;
    this.fitted = false;
    if (!(n > 0) || n > o.maxPoints) return false;
    let known = 0;
    this.refIndex = -1;
    for (let i = 0; i < n; i++) {
      known += this.mask[i]!;
      if (this.refIndex < 0 && this.mask[i]) this.refIndex = i;
    }
    if (known < o.minPoints) return false;
    const ch = o.channels;
    const g = this.grid;
    const mk = this.mask;
    this.projections(n);
    // The quadratic alone: the residual the oscillator has to explain.
    const polyRss = this.solveAt(n, 0, 3, o.positionChannels, this.cacheBasis.length - 1);
    if (!Number.isFinite(polyRss)) return false;
    // Coarse search, then a parabola through the best grid point and its neighbours.
    const nc = this.coarse.length;
    // The tremor's frequency moves slowly: after a fit that found a peak, search LOCAL_STEPS around it
    // (the whole range every FULL_SEARCH_EVERY fits, and whenever the best is at the local range's edge).
    const local = this.lastPeak >= 0 && this.fitsSinceFull < FULL_SEARCH_EVERY;
    const lo = local ? Math.max(0, this.lastPeak - LOCAL_STEPS) : 0;
    const hi = local ? Math.min(nc - 1, this.lastPeak + LOCAL_STEPS) : nc - 1;
    this.scanBest = -1;
    this.scanRss = Infinity;
    this.scan(n, lo, hi, -1, -1);
    const sb = this.scanBest;
    if (local && (sb < 0 || (sb === lo && lo > 0) || (sb === hi && hi < nc - 1))) this.scan(n, 0, nc - 1, lo, hi);
    const best = this.scanBest;
    const bestRss = this.scanRss;
    this.fitsSinceFull = local ? this.fitsSinceFull + 1 : 1;
    this.lastPeak = -1;
    if (best < 0) return false;
    let hz = this.searchLowHz + best * COARSE_STEP_HZ;
    if (best > 0 && best < nc - 1) {
      const a = this.coarse[best - 1]!;
      const b = this.coarse[best]!;
      const c = this.coarse[best + 1]!;
      const den = a - 2 * b + c;
      if (den > 0) {
        const d = (0.5 * (a - c)) / den;
        hz += (d < -0.5 ? -0.5 : d > 0.5 ? 0.5 : d) * COARSE_STEP_HZ;
      }
    }
    let rss = this.solveAt(n, 2 * Math.PI * hz, NB, ch);
    if (!(rss <= bestRss)) {
      hz = this.searchLowHz + best * COARSE_STEP_HZ;
      rss = this.solveAt(n, 2 * Math.PI * hz, NB, ch, best);
    }
    if (!Number.isFinite(rss)) return false;
    this.omega = 2 * Math.PI * hz;
    this.bestCoef.set(this.coef);
    // Oscillator weight from the explained fraction of the quadratic's residual.
    const explained = polyRss > known * o.positionChannels * FLOOR_RMS * FLOOR_RMS ? (polyRss - rss) / polyRss : 0;
    const k = (explained - MIN_EXPLAINED) / (FULL_EXPLAINED - MIN_EXPLAINED);
    // No peak inside the search (its best at an end), or outside the band: not a tremor.
    const peak = best > 0 && best < nc - 1 && hz >= o.lowHz - 0.5 * COARSE_STEP_HZ && hz <= o.highHz + 0.5 * COARSE_STEP_HZ;
    this.gainK = !peak || k < 0 ? 0 : k > 1 ? 1 : k;
    if (peak) this.lastPeak = best;
    // The state the bridge runs from, with the amplitude capped at the largest observed residual.
    const W = (o.maxPoints - 1) * o.dtS;
    this.lagS = lagS;
    const cl = dcos(this.omega * lagS), sl = dsin(this.omega * lagS);
    this.cosLag = cl;
    this.sinLag = sl;
    const cd = dcos(this.omega * (lagS - deltaS)), sd = dsin(this.omega * (lagS - deltaS));
    for (let c = 0; c < ch; c++) {
      const cf = this.bestCoef;
      const p0 = cf[c * NB]!, p1 = cf[c * NB + 1]!, p2 = cf[c * NB + 2]!;
      let A = cf[c * NB + 3]!, B = cf[c * NB + 4]!;
      let maxRes = 0;
      for (let i = 0; i < n; i++) {
        if (!mk[i]) continue;
        const s = (-i * o.dtS) / W;
        const r = g[i * ch + c]! - g[this.refIndex * ch + c]! - (p0 + p1 * s + p2 * s * s);
        const ar = r < 0 ? -r : r;
        if (ar > maxRes) maxRes = ar;
      }
      const amp = Math.sqrt(A * A + B * B);
      if (amp > maxRes && amp > 0) {
        A *= maxRes / amp;
        B *= maxRes / amp;
      }
      this.amA[c] = A;
      this.amB[c] = B;
      this.x0[c] = xU[c]!;
      this.accel[c] = 0;
      this.slope[c] = deltaS > 0 ? (xU[c]! - xPrev[c]!) / deltaS : 0;
      // S at u (tau = lagS on the grid's clock) and deltaS before it.
      this.tremorSlope[c] = deltaS > 0 ? (A * cl + B * sl - (A * cd + B * sd)) / deltaS : 0;
    }
    // Voluntary speed bound on the position components (a glitch extrapolates no faster than a hand).
    const pc = o.positionChannels;
    let v2 = 0;
    for (let c = 0; c < pc; c++) v2 += this.slope[c]! * this.slope[c]!;
    const v = Math.sqrt(v2);
    if (v > o.maxSpeed) for (let c = 0; c < pc; c++) this.slope[c] = (this.slope[c]! * o.maxSpeed) / v;
    let r2 = 0;
    for (let c = pc; c < ch; c++) r2 += this.slope[c]! * this.slope[c]!;
    const r = Math.sqrt(r2);
    if (r > o.maxRotationRate) for (let c = pc; c < ch; c++) this.slope[c] = (this.slope[c]! * o.maxRotationRate) / r;
    this.fitted = true;
    return true;
  }

  /**
   * Adds the voluntary motion's acceleration to the straight line (after fit(), which sets none): the
   * bridge's voluntary part becomes x(u) + v h + a h^2 / 2 (h as travel), v the slope at u (the
   * backward difference over deltaS is the slope deltaS / 2 before u). Bounded at maxAccel (position).
   */
  setAcceleration(accel: ArrayLike<number>, deltaS: number): void {
    if (!this.fitted) return;
    const o = this.o;
    const pc = o.positionChannels;
    for (let c = 0; c < o.channels; c++) if (!Number.isFinite(accel[c]!)) return;
    // Position and quaternion components each bounded as a group.
    let a2 = 0, q2 = 0;
    for (let c = 0; c < o.channels; c++) {
      if (c < pc) a2 += accel[c]! * accel[c]!;
      else q2 += accel[c]! * accel[c]!;
    }
    const a = Math.sqrt(a2), q = Math.sqrt(q2);
    const ka = a > o.maxAccel ? o.maxAccel / a : 1;
    const kq = q > o.maxAccel ? o.maxAccel / q : 1;
    for (let c = 0; c < o.channels; c++) {
      const ac = accel[c]! * (c < pc ? ka : kq);
      this.accel[c] = ac;
      this.slope[c] = this.slope[c]! + 0.5 * ac * deltaS;
    }
  }

  /** The fitted tremor k S(h) at h seconds from u (negative: before), into out. */
  tremorAt(hS: number, out: Float64Array): void {
    const cw = dcos(this.omega * (this.lagS + hS)), sw = dsin(this.omega * (this.lagS + hS));
    for (let c = 0; c < this.o.channels; c++) out[c] = this.gainK * (this.amA[c]! * cw + this.amB[c]! * sw);
  }

  /** The bridge h seconds past u, into out[0..channels). */
  predict(hS: number, out: Float64Array): void {
    const o = this.o;
    const ch = o.channels;
    const h = hS > 0 ? hS : 0;
    const travel = h <= o.holdS ? h : o.holdS + decayedTravelS(h - o.holdS, o.horizonS);
    let fade = 1;
    if (h > o.holdS) {
      const u = (h - o.holdS) / o.horizonS;
      fade = u >= 1 ? 0 : 0.5 + 0.5 * dcos(Math.PI * u);
    }
    const kf = this.gainK * fade;
    const w = this.omega;
    const c0 = this.cosLag, s0 = this.sinLag;
    let ch1 = 0, sh1 = 0;
    if (kf > 0) {
      ch1 = dcos(w * (this.lagS + h));
      sh1 = dsin(w * (this.lagS + h));
    }
    for (let c = 0; c < ch; c++) {
      let v = this.x0[c]! + this.slope[c]! * travel + 0.5 * this.accel[c]! * travel * travel;
      if (kf > 0) {
        const A = this.amA[c]!, B = this.amB[c]!;
        v += kf * (A * ch1 + B * sh1 - (A * c0 + B * s0) - this.tremorSlope[c]! * travel);
      }
      out[c] = v;
    }
  }

  /**
   * Least squares on the first nb basis functions at angular frequency w over n grid points, for the
   * first `channels` components; coefficients into coef (relative to the newest known sample). Returns
   * the residual sum of squares over the position components (Infinity when degenerate). The basis and
   * its Cholesky factor depend on w, n and the mask only: for a full grid they come from the cache
   * (coarse frequencies and w = 0, built once), so the search costs the right-hand sides alone.
   */
  private solveAt(n: number, w: number, nb: number, channels: number, cacheIndex = -1): number {
    let bs: Float64Array, G: Float64Array;
    if (cacheIndex >= 0 && n === this.o.maxPoints && this.fullMask()) {
      bs = this.cacheBasis[cacheIndex]!;
      G = this.cacheChol[cacheIndex]!;
      if (!(G[0]! > 0)) return Infinity; // degenerate when built
    } else {
      bs = this.basis;
      G = this.chol;
      if (!this.factor(n, w, nb, this.mask, bs, G)) return Infinity;
    }
    return this.solveWith(n, nb, channels, bs, G);
  }

  /**
   * Coarse frequencies lo..hi except skipLo..skipHi: each one's position residual into coarse[k], the
   * least into scanBest / scanRss. Position components only: the quaternion's are solved at the end.
   */
  private scan(n: number, lo: number, hi: number, skipLo: number, skipHi: number): void {
    for (let k = lo; k <= hi; k++) {
      if (k >= skipLo && k <= skipHi) continue;
      const rss = this.solveAt(n, 2 * Math.PI * (this.searchLowHz + k * COARSE_STEP_HZ), NB, this.o.positionChannels, k);
      this.coarse[k] = rss;
      if (rss < this.scanRss) {
        this.scanRss = rss;
        this.scanBest = k;
      }
    }
  }

  /** Per component, over the fit's grid and mask: x'x and x's projections on the quadratic's basis. */
  private projections(n: number): void {
    const o = this.o;
    const ch = o.channels;
    const W = (o.maxPoints - 1) * o.dtS;
    const mk = this.mask;
    const g = this.grid;
    for (let c = 0; c < ch; c++) {
      const ref = g[this.refIndex * ch + c]!;
      let xx = 0, y0 = 0, y1 = 0, y2 = 0;
      for (let i = 0; i < n; i++) {
        if (!mk[i]) continue;
        const x = (g[i * ch + c]! - ref) * this.sqrtWeight[i]!;
        const m = this.sqrtWeight[i]!;
        const s = (-i * o.dtS) / W;
        xx += x * x;
        y0 += m * x;
        y1 += m * s * x;
        y2 += m * s * s * x;
      }
      this.xxC[c] = xx;
      this.polyY[c * 3] = y0;
      this.polyY[c * 3 + 1] = y1;
      this.polyY[c * 3 + 2] = y2;
    }
  }

  private fullMask(): boolean {
    const mk = this.mask;
    for (let i = 0; i < this.o.maxPoints; i++) if (!mk[i]) return false;
    return true;
  }

  /** The weighted basis at w on n grid points (mask applied) into bs, its Gram's Cholesky factor into G. */
  private factor(n: number, w: number, nb: number, mk: Uint8Array, bs: Float64Array, G: Float64Array): boolean {
    const o = this.o;
    const W = (o.maxPoints - 1) * o.dtS;
    // Basis on the grid; the oscillation by rotation (tau_i = -i dt), one cos/sin per frequency.
    const c1 = nb > 3 ? dcos(w * o.dtS) : 1;
    const s1 = nb > 3 ? -dsin(w * o.dtS) : 0;
    let cr = 1, sr = 0;
    for (let i = 0; i < n; i++) {
      const s = (-i * o.dtS) / W;
      // A point left out has a zero row: it weighs nothing. Recent points weigh more (sqrt of the weight
      // on both sides of the equations): the tremor's frequency wanders, its phase at the end matters.
      const m = mk[i]! * this.sqrtWeight[i]!;
      bs[i * NB] = m;
      bs[i * NB + 1] = m * s;
      bs[i * NB + 2] = m * s * s;
      bs[i * NB + 3] = m * cr;
      bs[i * NB + 4] = m * sr;
      const cn = cr * c1 - sr * s1;
      sr = sr * c1 + cr * s1;
      cr = cn;
    }
    // Gram matrix and its Cholesky factor (lower, in place).
    for (let a = 0; a < nb; a++) {
      for (let b = 0; b <= a; b++) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += bs[i * NB + a]! * bs[i * NB + b]!;
        G[a * NB + b] = sum;
      }
    }
    for (let a = 0; a < nb; a++) {
      for (let b = 0; b <= a; b++) {
        let sum = G[a * NB + b]!;
        for (let k = 0; k < b; k++) sum -= G[a * NB + k]! * G[b * NB + k]!;
        if (a === b) {
          if (!(sum > 1e-12 * n)) {
            G[0] = 0;
            return false;
          }
          G[a * NB + a] = Math.sqrt(sum);
        } else G[a * NB + b] = sum / G[b * NB + b]!;
      }
    }
    return true;
  }

  private solveWith(n: number, nb: number, channels: number, bs: Float64Array, G: Float64Array): number {
    const o = this.o;
    const ch = o.channels;
    const mk = this.mask;
    const g = this.grid;
    const y = this.tmp;
    let rss = 0;
    for (let c = 0; c < channels; c++) {
      const ref = g[this.refIndex * ch + c]!; // centred on a known point (precision)
      // x'x and the quadratic's projections do not depend on w: computed once per fit (projections()).
      const xx = this.xxC[c]!;
      for (let a = 0; a < 3; a++) y[a] = this.polyY[c * 3 + a]!;
      if (nb > 3) {
        let y3 = 0, y4 = 0;
        for (let i = 0; i < n; i++) {
          if (!mk[i]) continue;
          const x = (g[i * ch + c]! - ref) * this.sqrtWeight[i]!;
          y3 += bs[i * NB + 3]! * x;
          y4 += bs[i * NB + 4]! * x;
        }
        y[3] = y3;
        y[4] = y4;
      }
      // rhs kept for the residual: rss = x'x - beta' B'x.
      for (let a = 0; a < nb; a++) this.rhs[c * NB + a] = y[a]!;
      // Forward then back substitution.
      for (let a = 0; a < nb; a++) {
        let sum = y[a]!;
        for (let k = 0; k < a; k++) sum -= G[a * NB + k]! * y[k]!;
        y[a] = sum / G[a * NB + a]!;
      }
      for (let a = nb - 1; a >= 0; a--) {
        let sum = y[a]!;
        for (let k = a + 1; k < nb; k++) sum -= G[k * NB + a]! * y[k]!;
        y[a] = sum / G[a * NB + a]!;
      }
      let fitDot = 0;
      for (let a = 0; a < NB; a++) this.coef[c * NB + a] = a < nb ? y[a]! : 0;
      for (let a = 0; a < nb; a++) fitDot += y[a]! * this.rhs[c * NB + a]!;
      if (c < o.positionChannels) rss += Math.max(0, xx - fitDot);
    }
    return rss;
  }
}
