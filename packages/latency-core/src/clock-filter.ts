// Windowed "best samples per bucket, then a weighted straight line" filters: MinLineFilter (the
// frame-arrival clock: lowest receive-minus-capture per bucket) and BoundsLineFilter (the probe
// clock: tightest offset bounds per bucket, below), sharing weightedLineFit.
//
// MinLineFilter: samples (t, y, q) arrive with a quality q where lower is better (a probe's RTT, or a frame's
// receive-minus-capture). Time is cut into fixed buckets; each bucket keeps only its best sample
// (NTP's minimum filter: a sample that crossed a queue is worse, never better). A weighted least
// squares line through the bucket minima of the window gives the offset now and the drift.
// Weights fall off smoothly with how much worse a bucket is than the best one (a soft version of
// NTP's popcorn-spike suppressor), so a bucket whose best sample still carried a queueing spike
// barely pulls the line. State is fixed-size typed arrays: O(1) per sample, O(buckets) per fit,
// no allocation after construction.

export interface LineFit {
  /** Reference time of the fit (agent ns). */
  refNs: number;
  /** Estimated y at refNs, ns. */
  yRefNs: number;
  /** dy/dt, dimensionless (ns per ns); 1e-6 = 1 ppm. */
  slope: number;
}

export type WeightMode = 'quality' | 'envelope';

export interface MinLineFilterOptions {
  bucketNs: number;
  buckets: number;
  /**
   * 'quality': q is independent of y (a probe's RTT); weights from q - min q.
   * 'envelope': q is y itself (receive - capture = offset + delay); the line is fitted to the lower
   * envelope, with weights from the height above a first fit, so drift does not bias the weights.
   */
  mode: WeightMode;
  /** Soft-weight scale, ns: a bucket this much worse than the best gets half the weight. */
  sigmaNs: number;
  /** Drift is estimated only once the bucket minima span this long, ns; before, slope 0. */
  minSpanNs: number;
  /** Largest believable |slope| (clock crystals are within ~100 ppm; 1000 ppm is a broken clock). */
  maxSlope: number;
}

export class MinLineFilter {
  private readonly opt: MinLineFilterOptions;
  private readonly idx: Float64Array; // bucket number held by each slot (NaN = empty)
  private readonly bq: Float64Array; // best quality in the bucket
  private readonly bt: Float64Array; // its time
  private readonly by: Float64Array; // its y
  private readonly w: Float64Array; // fit weights (scratch)
  private originNs = NaN; // time origin of bucket numbering
  private newestIdx = -Infinity;
  private newestNs = -Infinity;
  private count = 0;
  private dirty = false;
  private fitCache: LineFit | null = null;
  private spanNs = 0;
  private minQ = Infinity;

  constructor(opt: MinLineFilterOptions) {
    this.opt = opt;
    this.idx = new Float64Array(opt.buckets).fill(NaN);
    this.bq = new Float64Array(opt.buckets);
    this.bt = new Float64Array(opt.buckets);
    this.by = new Float64Array(opt.buckets);
    this.w = new Float64Array(opt.buckets);
  }

  reset(): void {
    this.idx.fill(NaN);
    this.originNs = NaN;
    this.newestIdx = -Infinity;
    this.newestNs = -Infinity;
    this.count = 0;
    this.dirty = false;
    this.fitCache = null;
    this.spanNs = 0;
    this.minQ = Infinity;
  }

  /** Number of samples accepted since the last reset. */
  get samples(): number {
    return this.count;
  }

  /** Time of the newest sample, ns (-Infinity when empty). */
  get newestSampleNs(): number {
    return this.newestNs;
  }

  /** Best quality among the buckets of the window (Infinity when empty). */
  get bestQuality(): number {
    this.refit();
    return this.minQ;
  }

  /** Time spanned by the bucket minima used in the fit, ns. */
  get fitSpanNs(): number {
    this.refit();
    return this.spanNs;
  }

  add(tNs: number, yNs: number, q: number): void {
    const o = this.opt;
    if (Number.isNaN(this.originNs)) this.originNs = tNs;
    const b = Math.floor((tNs - this.originNs) / o.bucketNs);
    if (b <= this.newestIdx - o.buckets) return; // older than the window
    const slot = ((b % o.buckets) + o.buckets) % o.buckets;
    if (this.idx[slot] !== b) {
      this.idx[slot] = b;
      this.bq[slot] = q;
      this.bt[slot] = tNs;
      this.by[slot] = yNs;
      this.dirty = true;
    } else if (q < this.bq[slot]!) {
      this.bq[slot] = q;
      this.bt[slot] = tNs;
      this.by[slot] = yNs;
      this.dirty = true;
    }
    if (b > this.newestIdx) {
      this.newestIdx = b;
      this.dirty = true;
    }
    if (tNs > this.newestNs) this.newestNs = tNs;
    this.count++;
  }

  /** The current line, or null when there is no sample. */
  fit(): LineFit | null {
    this.refit();
    return this.fitCache;
  }

  /** y estimated at time t, ns (NaN when empty). */
  valueAt(tNs: number): number {
    const f = this.fit();
    if (!f) return NaN;
    return f.yRefNs + f.slope * (tNs - f.refNs);
  }

  private live(slot: number): boolean {
    const b = this.idx[slot]!;
    return !Number.isNaN(b) && b > this.newestIdx - this.opt.buckets;
  }

  private refit(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const o = this.opt;
    const n = o.buckets;
    // Reference: the newest live bucket's best sample keeps the numbers small (hours of offset and
    // days of uptime are ~1e13..1e14 ns; differences of them are exact in a double).
    let ref = -1;
    let minQ = Infinity;
    let tMin = Infinity;
    let tMax = -Infinity;
    for (let s = 0; s < n; s++) {
      if (!this.live(s)) continue;
      if (ref < 0 || this.bt[s]! > this.bt[ref]!) ref = s;
      if (this.bq[s]! < minQ) minQ = this.bq[s]!;
      if (this.bt[s]! < tMin) tMin = this.bt[s]!;
      if (this.bt[s]! > tMax) tMax = this.bt[s]!;
    }
    if (ref < 0) {
      this.fitCache = null;
      this.minQ = Infinity;
      this.spanNs = 0;
      return;
    }
    this.minQ = minQ;
    this.spanNs = tMax - tMin;
    const refNs = this.bt[ref]!;
    const yRef = this.by[ref]!;
    const sigma = o.sigmaNs;
    // Pass 1: weights from quality. In envelope mode q is y itself, so drift over the window leaks
    // into the weights; pass 2 then recomputes them from the height above the pass-1 line.
    let line = this.weightedLine(refNs, yRef, (s) => {
      const e = (this.bq[s]! - minQ) / sigma;
      return 1 / (1 + e * e);
    });
    if (o.mode === 'envelope') {
      let minRes = Infinity;
      for (let s = 0; s < n; s++) {
        if (!this.live(s)) continue;
        const r = this.by[s]! - (line.yRefNs + line.slope * (this.bt[s]! - refNs));
        if (r < minRes) minRes = r;
      }
      const first = line;
      line = this.weightedLine(refNs, yRef, (s) => {
        const r = this.by[s]! - (first.yRefNs + first.slope * (this.bt[s]! - refNs));
        const e = (r - minRes) / sigma;
        return 1 / (1 + e * e);
      });
    }
    this.fitCache = line;
  }

  private weightedLine(refNs: number, yRef: number, weight: (slot: number) => number): LineFit {
    const o = this.opt;
    const w = this.w;
    for (let s = 0; s < o.buckets; s++) w[s] = this.live(s) ? weight(s) : 0;
    return weightedLineFit(this.bt, this.by, w, o.buckets, refNs, yRef, this.spanNs >= o.minSpanNs, o.maxSlope);
  }
}

/**
 * Weighted least-squares line through (t[i], y[i]) with weights w[i] (0 = unused), expressed at
 * refNs with y relative to yRef (keeps hours-scale numbers exact). Slope only when withSlope,
 * clamped to +-maxSlope; otherwise the weighted mean.
 */
export function weightedLineFit(
  t: Float64Array,
  y: Float64Array,
  w: Float64Array,
  n: number,
  refNs: number,
  yRef: number,
  withSlope: boolean,
  maxSlope: number,
): LineFit {
  let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let i = 0; i < n; i++) {
    const wi = w[i]!;
    if (!(wi > 0)) continue;
    const x = (t[i]! - refNs) * 1e-9; // s
    const yy = y[i]! - yRef; // ns
    sw += wi;
    sx += wi * x;
    sy += wi * yy;
    sxx += wi * x * x;
    sxy += wi * x * yy;
  }
  if (!(sw > 0)) return { refNs, yRefNs: yRef, slope: 0 };
  const mx = sx / sw;
  const my = sy / sw;
  const vxx = sxx / sw - mx * mx;
  let slope = 0; // ns per s
  if (withSlope && vxx > 0) {
    slope = (sxy / sw - mx * my) / vxx;
    const lim = maxSlope * 1e9;
    if (slope > lim) slope = lim;
    else if (slope < -lim) slope = -lim;
  }
  return { refNs, yRefNs: yRef + (my - slope * mx), slope: slope * 1e-9 };
}

export interface BoundsLineFilterOptions {
  bucketNs: number;
  buckets: number;
  /** Soft-weight scale, ns: a bucket whose interval is this much wider than the best gets half weight. */
  sigmaNs: number;
  minSpanNs: number;
  maxSlope: number;
}

/**
 * The probe filter: each sample bounds y (the clock offset) to [lo, hi] (for a probe, offset -+ rtt/2:
 * the two one-way legs each bound it from one side). Each bucket keeps the tightest lower bound and
 * the tightest upper bound separately (the intersection of its samples' intervals), so the minimum of
 * EACH direction's delay counts, not only the minimum of their sum: with independent legs this
 * converges much faster than the lowest-RTT sample, and a spike on one leg moves neither bound.
 * Bucket estimate = the middle of its intersection, weighted by how narrow it is; then a weighted
 * line over the window gives offset and drift.
 */
export class BoundsLineFilter {
  private readonly opt: BoundsLineFilterOptions;
  private readonly idx: Float64Array;
  private readonly lo: Float64Array;
  private readonly tLo: Float64Array;
  private readonly hi: Float64Array;
  private readonly tHi: Float64Array;
  private readonly pt: Float64Array; // scratch: bucket time
  private readonly py: Float64Array; // scratch: bucket middle
  private readonly pw: Float64Array; // scratch: weights
  private originNs = NaN;
  private newestIdx = -Infinity;
  private newestNs = -Infinity;
  private count = 0;
  private dirty = false;
  private fitCache: LineFit | null = null;
  private spanNs = 0;
  private bestWidth = Infinity;

  constructor(opt: BoundsLineFilterOptions) {
    this.opt = opt;
    const n = opt.buckets;
    this.idx = new Float64Array(n).fill(NaN);
    this.lo = new Float64Array(n);
    this.tLo = new Float64Array(n);
    this.hi = new Float64Array(n);
    this.tHi = new Float64Array(n);
    this.pt = new Float64Array(n);
    this.py = new Float64Array(n);
    this.pw = new Float64Array(n);
  }

  reset(): void {
    this.idx.fill(NaN);
    this.originNs = NaN;
    this.newestIdx = -Infinity;
    this.newestNs = -Infinity;
    this.count = 0;
    this.dirty = false;
    this.fitCache = null;
    this.spanNs = 0;
    this.bestWidth = Infinity;
  }

  get samples(): number {
    return this.count;
  }

  get newestSampleNs(): number {
    return this.newestNs;
  }

  /** Narrowest bucket intersection in the window, ns (Infinity when empty; may be ~0). */
  get bestWidthNs(): number {
    this.refit();
    return this.bestWidth;
  }

  get fitSpanNs(): number {
    this.refit();
    return this.spanNs;
  }

  add(tNs: number, loNs: number, hiNs: number): void {
    const o = this.opt;
    if (Number.isNaN(this.originNs)) this.originNs = tNs;
    const b = Math.floor((tNs - this.originNs) / o.bucketNs);
    if (b <= this.newestIdx - o.buckets) return;
    const s = ((b % o.buckets) + o.buckets) % o.buckets;
    if (this.idx[s] !== b) {
      this.idx[s] = b;
      this.lo[s] = loNs;
      this.tLo[s] = tNs;
      this.hi[s] = hiNs;
      this.tHi[s] = tNs;
      this.dirty = true;
    } else {
      if (loNs > this.lo[s]!) {
        this.lo[s] = loNs;
        this.tLo[s] = tNs;
        this.dirty = true;
      }
      if (hiNs < this.hi[s]!) {
        this.hi[s] = hiNs;
        this.tHi[s] = tNs;
        this.dirty = true;
      }
    }
    if (b > this.newestIdx) {
      this.newestIdx = b;
      this.dirty = true;
    }
    if (tNs > this.newestNs) this.newestNs = tNs;
    this.count++;
  }

  fit(): LineFit | null {
    this.refit();
    return this.fitCache;
  }

  valueAt(tNs: number): number {
    const f = this.fit();
    if (!f) return NaN;
    return f.yRefNs + f.slope * (tNs - f.refNs);
  }

  private live(s: number): boolean {
    const b = this.idx[s]!;
    return !Number.isNaN(b) && b > this.newestIdx - this.opt.buckets;
  }

  private refit(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const o = this.opt;
    let ref = -1;
    let best = Infinity;
    let tMin = Infinity;
    let tMax = -Infinity;
    for (let s = 0; s < o.buckets; s++) {
      this.pw[s] = 0;
      if (!this.live(s)) continue;
      // Drift inside one bucket can make the intersection slightly negative: treat as zero width.
      const width = Math.max(0, this.hi[s]! - this.lo[s]!);
      this.pt[s] = (this.tLo[s]! + this.tHi[s]!) / 2;
      this.py[s] = (this.lo[s]! + this.hi[s]!) / 2;
      if (width < best) best = width;
      if (ref < 0 || this.pt[s]! > this.pt[ref]!) ref = s;
      if (this.pt[s]! < tMin) tMin = this.pt[s]!;
      if (this.pt[s]! > tMax) tMax = this.pt[s]!;
    }
    if (ref < 0) {
      this.fitCache = null;
      this.bestWidth = Infinity;
      this.spanNs = 0;
      return;
    }
    this.bestWidth = best;
    this.spanNs = tMax - tMin;
    for (let s = 0; s < o.buckets; s++) {
      if (!this.live(s)) continue;
      const e = (Math.max(0, this.hi[s]! - this.lo[s]!) - best) / o.sigmaNs;
      this.pw[s] = 1 / (1 + e * e);
    }
    this.fitCache = weightedLineFit(this.pt, this.py, this.pw, o.buckets, this.pt[ref]!, this.py[ref]!, this.spanNs >= o.minSpanNs, o.maxSlope);
  }
}
