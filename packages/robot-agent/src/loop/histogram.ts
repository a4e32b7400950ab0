// A fixed-bin histogram of microseconds: O(1) add with no allocation (the loop thread adds one value
// per tick), quantiles by a scan of the bins when someone asks (a few times per second at most).

export class MicrosHistogram {
  readonly #bins: Uint32Array;
  #count = 0;
  #overflow = 0;
  #max = 0;

  /** Bins of 1 us from 0 to maxUs; larger values count in an overflow bin (their max is still exact). */
  constructor(readonly maxUs: number) {
    this.#bins = new Uint32Array(maxUs + 1);
  }

  add(us: number): void {
    const v = us < 0 ? 0 : us;
    if (v > this.#max) this.#max = v;
    this.#count++;
    if (v > this.maxUs) this.#overflow++;
    else this.#bins[Math.floor(v)]!++;
  }

  get count(): number {
    return this.#count;
  }

  get maxValue(): number {
    return this.#max;
  }

  binCount(i: number): number {
    return this.#bins[i] ?? 0;
  }

  /** The q-quantile (0..1), us, to bin resolution (the bin's upper edge); NaN when empty. */
  quantile(q: number): number {
    return quantileOf([this], q);
  }

  reset(): void {
    this.#bins.fill(0);
    this.#count = 0;
    this.#overflow = 0;
    this.#max = 0;
  }
}

/**
 * Quantiles over roughly the last `windowS` seconds: two histograms, the current one and the one before,
 * swapped every half window, so a figure reflects recent behaviour without keeping every sample.
 */
export class WindowedMicros {
  #cur: MicrosHistogram;
  #prev: MicrosHistogram;
  #swapAtNs: number;

  constructor(maxUs: number, readonly windowS: number, nowNs: number) {
    this.#cur = new MicrosHistogram(maxUs);
    this.#prev = new MicrosHistogram(maxUs);
    this.#swapAtNs = nowNs + (windowS / 2) * 1e9;
  }

  add(us: number, nowNs: number): void {
    if (nowNs >= this.#swapAtNs) {
      const t = this.#prev;
      this.#prev = this.#cur;
      this.#cur = t;
      this.#cur.reset();
      this.#swapAtNs = nowNs + (this.windowS / 2) * 1e9;
    }
    this.#cur.add(us);
  }

  quantile(q: number): number {
    return quantileOf([this.#cur, this.#prev], q);
  }
}

/** The q-quantile of several histograms of the same bins taken together, us; NaN when all are empty. */
function quantileOf(hs: readonly MicrosHistogram[], q: number): number {
  let n = 0;
  let max = 0;
  for (const h of hs) {
    n += h.count;
    max = Math.max(max, h.maxValue);
  }
  if (n === 0) return NaN;
  const rank = Math.max(1, Math.ceil(q * n));
  const bins = hs[0]!.maxUs + 1;
  let seen = 0;
  for (let i = 0; i < bins; i++) {
    for (const h of hs) seen += h.binCount(i);
    if (seen >= rank) return Math.min(i + 1, max);
  }
  return max;
}
