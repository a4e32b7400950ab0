// Per-link figures the core measures from the frames themselves: counters, loss from sequence gaps
// over a sliding time window, RFC 3550 interarrival jitter, and the frame rate.
//
// Loss is measured on the PLAYED sequence, after the jitter buffer has put frames back in order: over
// the window, 1 - (frames played) / (seq span played). Counting gaps among frames as they ARRIVE would
// read reordering as loss (with +-30 ms of jitter at 250 Hz, ~15 frames are always still in flight
// above the newest arrival), and a frame that arrives too late to be played is lost for control
// purposes anyway (it is counted as late as well).

export interface LinkCounters {
  framesReceived: number;
  framesLate: number;
  framesDropped: number;
  framesRefused: number;
  /** Of framesRefused: refused by the jump detector. The link delivered them: they are not loss. */
  framesRefusedJump: number;
}

/** A ring of (time, value) pairs evicted by age. */
class TimeRing {
  private readonly t: Float64Array;
  private readonly v: Float64Array;
  head = 0; // absolute index of the oldest
  tail = 0; // absolute index one past the newest
  constructor(private readonly cap: number) {
    this.t = new Float64Array(cap);
    this.v = new Float64Array(cap);
  }
  get size(): number {
    return this.tail - this.head;
  }
  push(t: number, v: number): void {
    if (this.size === this.cap) this.head++;
    const i = this.tail++ % this.cap;
    this.t[i] = t;
    this.v[i] = v;
  }
  evictBefore(limit: number): void {
    while (this.tail > this.head && this.t[this.head % this.cap]! < limit) this.head++;
  }
  oldestValue(): number {
    return this.v[this.head % this.cap]!;
  }
  /** Value at absolute index i (head <= i < tail). */
  valueAt(i: number): number {
    return this.v[i % this.cap]!;
  }
  newestValue(): number {
    return this.v[(this.tail - 1) % this.cap]!;
  }
  clear(): void {
    this.head = this.tail = 0;
  }
}

export class LinkStats implements LinkCounters {
  framesReceived = 0;
  framesLate = 0;
  framesDropped = 0;
  framesRefused = 0;
  framesRefusedJump = 0;
  /** Seqs skipped by the played sequence since the start (the raw gaps; framesLost subtracts the rest). */
  private gapSeqs = 0;
  private stale = 0;
  private lastPlayedSeq = NaN;

  private readonly arrivals: TimeRing; // receive time, seq
  private readonly played: TimeRing; // play time, seq (increasing)
  private readonly refusedJump: TimeRing; // receive time, seq of frames the jump detector refused
  private readonly windowNs: number;
  private jitterNs = 0;
  private lastTransitNs = NaN;
  private firstNs = NaN;

  constructor(windowS: number, capacity = 16384) {
    this.windowNs = windowS * 1e9;
    this.arrivals = new TimeRing(capacity);
    this.played = new TimeRing(capacity);
    this.refusedJump = new TimeRing(capacity);
  }

  reset(): void {
    this.framesReceived = 0;
    this.framesLate = 0;
    this.framesDropped = 0;
    this.framesRefused = 0;
    this.framesRefusedJump = 0;
    this.gapSeqs = 0;
    this.stale = 0;
    this.lastPlayedSeq = NaN;
    this.arrivals.clear();
    this.played.clear();
    this.refusedJump.clear();
    this.jitterNs = 0;
    this.lastTransitNs = NaN;
    this.firstNs = NaN;
  }

  /** A unique, valid frame from the controller (not a duplicate), as it arrives. */
  addUnique(receiveNs: number, captureNs: number, seq: number): void {
    if (Number.isNaN(this.firstNs)) this.firstNs = receiveNs;
    this.arrivals.push(receiveNs, seq);
    // RFC 3550 A.8: J += (|D| - J) / 16 over consecutive arrivals; clock offset cancels in D.
    const transit = receiveNs - captureNs;
    if (!Number.isNaN(this.lastTransitNs)) {
      const d = Math.abs(transit - this.lastTransitNs);
      this.jitterNs += (d - this.jitterNs) / 16;
    }
    this.lastTransitNs = transit;
  }

  /**
   * Restarts the played window. Called when the playout delay is set anew (not slewed): frames lost
   * to the jitter buffer's own change of delay are not the link's loss.
   */
  restartLossWindow(): void {
    this.played.clear();
  }

  /** A frame that became the played frame (seqs increase). */
  addPlayed(nowNs: number, seq: number): void {
    if (seq > this.lastPlayedSeq + 1) this.gapSeqs += seq - this.lastPlayedSeq - 1;
    if (!(seq <= this.lastPlayedSeq)) this.lastPlayedSeq = seq;
    this.played.push(nowNs, seq);
  }

  /** A frame the playout dropped: a duplicate, or stale (older than what was played). */
  addDropped(stale: boolean): void {
    this.framesDropped++;
    if (stale) this.stale++;
  }

  /** A frame the jump detector refused: delivered by the link, so its seq is not counted as lost. */
  addRefusedJump(receiveNs: number, seq: number): void {
    this.framesRefused++;
    this.framesRefusedJump++;
    this.refusedJump.push(receiveNs, seq);
  }

  /**
   * Frames that never arrived: seqs the played sequence skipped, less those that did arrive but were
   * refused (jump) or came too late to play (dropped as stale). Cumulative since the link started.
   */
  get framesLost(): number {
    const n = this.gapSeqs - this.framesRefusedJump - this.stale;
    return n > 0 ? n : 0;
  }

  /** Drops window entries older than the window. Call once per tick before reading figures. */
  evict(nowNs: number): void {
    const limit = nowNs - this.windowNs;
    this.arrivals.evictBefore(limit);
    this.played.evictBefore(limit);
    this.refusedJump.evictBefore(limit);
  }

  /** Sequence numbers spanned by the frames played in the window. */
  get expectedInWindow(): number {
    if (this.played.size < 1) return 0;
    return this.played.newestValue() - this.played.oldestValue() + 1;
  }

  /**
   * Loss over the window: seqs the played sequence skipped, except those the link did deliver and the
   * jump detector refused (issue 16: a refused frame is not the network's fault).
   */
  get lossRatio(): number {
    const n = this.played.size;
    if (n < 2) return 0;
    const lo = this.played.oldestValue();
    const hi = this.played.newestValue();
    let delivered = 0;
    for (let i = this.refusedJump.head; i < this.refusedJump.tail; i++) {
      const seq = this.refusedJump.valueAt(i);
      if (seq > lo && seq < hi) delivered++;
    }
    const loss = 1 - (n + delivered) / this.expectedInWindow;
    return loss > 0 ? loss : 0;
  }

  get jitterS(): number {
    return this.jitterNs * 1e-9;
  }

  /** Unique frames received per second over the window (or since the first frame when shorter). */
  frameRateHz(nowNs: number): number {
    const n = this.arrivals.size;
    if (n === 0 || Number.isNaN(this.firstNs)) return 0;
    const span = Math.min(this.windowNs, nowNs - this.firstNs);
    return span > 0 ? (n * 1e9) / span : 0;
  }
}
