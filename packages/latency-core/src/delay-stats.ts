// The measured delay distribution over a sliding time window, with O(1) quantiles.
//
// A fixed histogram (0.5 ms bins) plus a ring of the samples in the window; each tracked quantile
// keeps a cursor bin and the count below it, moved a few bins per update, so neither adding nor
// evicting nor reading a quantile sorts anything. The ring also stores each sample's raw transit and
// time, so the histogram can be rebuilt when the clock reference changes (probe sync gained or lost).

const BIN_NS = 0.5e6;
const LOW_NS = -0.2e9; // delays below (clock error) land in the first bin
const HIGH_NS = 3e9;
const BINS = Math.ceil((HIGH_NS - LOW_NS) / BIN_NS);

class Cursor {
  bin = 0;
  below = 0;
  constructor(readonly q: number) {}
}

export class DelayStats {
  private readonly hist = new Int32Array(BINS);
  private readonly cap: number;
  private readonly ringT: Float64Array; // arrival time, agent ns
  private readonly ringRaw: Float64Array; // receive - capture, ns (mixed clocks)
  private readonly ringBin: Int32Array;
  private head = 0; // oldest
  private size = 0;
  private readonly cursors: Cursor[];
  private readonly windowNs: number;

  constructor(windowS: number, quantiles: readonly number[], capacity = 8192) {
    this.windowNs = windowS * 1e9;
    this.cap = capacity;
    this.ringT = new Float64Array(capacity);
    this.ringRaw = new Float64Array(capacity);
    this.ringBin = new Int32Array(capacity);
    this.cursors = quantiles.map((q) => new Cursor(q));
  }

  get count(): number {
    return this.size;
  }

  reset(): void {
    this.hist.fill(0);
    this.head = 0;
    this.size = 0;
    for (const c of this.cursors) {
      c.bin = 0;
      c.below = 0;
    }
  }

  /** Adds one frame: raw = receive - capture (ns), delay = raw - clock offset (ns). */
  add(tNs: number, rawNs: number, delayNs: number): void {
    if (this.size === this.cap) this.evictOne();
    const i = (this.head + this.size) % this.cap;
    const b = binOf(delayNs);
    this.ringT[i] = tNs;
    this.ringRaw[i] = rawNs;
    this.ringBin[i] = b;
    this.size++;
    this.hist[b]!++;
    for (const c of this.cursors) if (b < c.bin) c.below++;
  }

  /** Drops samples older than the window. */
  evict(nowNs: number): void {
    const limit = nowNs - this.windowNs;
    while (this.size > 0 && this.ringT[this.head]! < limit) this.evictOne();
  }

  /** Recomputes every delay with a new clock offset function (raw -> delay). */
  rebuild(offsetAt: (tNs: number) => number): void {
    this.hist.fill(0);
    for (const c of this.cursors) {
      c.bin = 0;
      c.below = 0;
    }
    for (let k = 0; k < this.size; k++) {
      const i = (this.head + k) % this.cap;
      const b = binOf(this.ringRaw[i]! - offsetAt(this.ringT[i]!));
      this.ringBin[i] = b;
      this.hist[b]!++;
    }
  }

  /** The k-th tracked quantile (upper edge of its bin), s; NaN when empty. */
  quantileS(k: number): number {
    const c = this.cursors[k];
    if (!c || this.size === 0) return NaN;
    const rank = Math.max(1, Math.ceil(c.q * this.size));
    // Invariant sought: below < rank <= below + hist[bin].
    while (c.below + this.hist[c.bin]! < rank && c.bin < BINS - 1) {
      c.below += this.hist[c.bin]!;
      c.bin++;
    }
    while (c.below >= rank && c.bin > 0) {
      c.bin--;
      c.below -= this.hist[c.bin]!;
    }
    return (LOW_NS + (c.bin + 1) * BIN_NS) * 1e-9;
  }

  private evictOne(): void {
    const b = this.ringBin[this.head]!;
    this.hist[b]!--;
    for (const c of this.cursors) if (b < c.bin) c.below--;
    this.head = (this.head + 1) % this.cap;
    this.size--;
  }
}

function binOf(delayNs: number): number {
  const b = Math.floor((delayNs - LOW_NS) / BIN_NS);
  if (!(b >= 0)) return 0; // also NaN
  return b >= BINS ? BINS - 1 : b;
}
