// The link impairment model: one seeded, pure model of a one-way network path, used by replay (to ask
// "what if this session had run over that link") and by the live WebSocket proxy (to put a bad link
// between a real console and a real agent). Given a packet's send time and size it returns when the
// packet arrives: never (lost), once, or twice (duplicated). No clock, no timers, no Math.random:
// the same parameters, seed and send times give the same arrivals, in Node and in the browser.
//
// A packet goes through these stages, in order (docs/replay.md has the full description):
//   1. outage      sent while the link is down (scheduled windows, or random ones) -> lost
//   2. loss        Gilbert-Elliott two-state chain, advanced once per packet -> lost
//   3. bandwidth   FIFO transmitter at the capped rate with a bounded queue (tail drop) -> departure
//   4. delay       fixed delay + jitter; jitter is log-normal with mean = SD = jitterNs, and varies
//                  smoothly in time (correlation time jitterCorrelationNs) as queueing delay does
//   5. order       in order (FIFO) unless the packet is picked for reordering: then it is held back by
//                  reorderDelayNs and the packets behind it overtake it
//   6. duplication the packet also arrives a second time, the copy with its own jitter
// Each random feature draws from its own stream of the seeded generator, so switching one feature on
// does not change the fate the others give to each packet.
import { Xoshiro128 } from './prng.js';

export interface OutageWindow {
  /** Start, ns after the link's origin (the first packet, unless originNs is given). */
  startNs: number;
  durationNs: number;
}

export interface RandomOutages {
  /** Mean time between the end of one outage and the start of the next (exponential), ns. */
  meanIntervalNs: number;
  /** Mean outage duration (exponential), ns. */
  meanDurationNs: number;
}

export interface ImpairmentParams {
  /** Fixed one-way delay: the floor every packet pays (propagation, processing), ns. */
  delayNs: number;
  /** Jitter: the extra delay on top of delayNs is log-normal with this mean and this standard deviation, ns. */
  jitterNs: number;
  /**
   * How long the jitter stays alike, ns: the extra delay is a smooth random process of time whose values
   * this far apart are independent (queueing delay drifts; it does not jump from packet to packet).
   * 0: independent for every packet (then, with fifo, packets sent closer together than the jitter's
   * spread queue behind each other and the delay grows beyond the parameters).
   */
  jitterCorrelationNs: number;
  /** Long-run fraction of packets lost, 0 <= loss < 1. */
  lossRatio: number;
  /**
   * Mean number of consecutive packets lost in one burst (>= 1). null: independent losses (each packet
   * lost with probability lossRatio, whatever happened to the one before).
   */
  meanBurstLength: number | null;
  /** Fraction of packets held back so that later packets overtake them, 0..1. */
  reorderRatio: number;
  /** How long a reordered packet is held back beyond its normal arrival, ns. */
  reorderDelayNs: number;
  /** Fraction of packets that arrive twice, 0..1. */
  duplicateRatio: number;
  /** Scheduled outages. */
  outages: OutageWindow[];
  /** Random outages, or null. */
  randomOutages: RandomOutages | null;
  /** Bottleneck rate, bit/s; null: unlimited. */
  bandwidthBps: number | null;
  /** Bottleneck queue size; a packet that would overflow it is dropped (tail drop), bytes. */
  queueLimitBytes: number;
  /** Bytes each packet costs on the wire beyond its payload (headers), for the bandwidth stage. */
  overheadBytes: number;
  /** Deliver in send order unless reordered (true, as a single path does); false: jitter alone may reorder. */
  fifo: boolean;
  seed: number;
}

/** An unimpaired link: zero delay, nothing lost, nothing reordered. */
export const IDEAL_LINK: Readonly<ImpairmentParams> = Object.freeze({
  delayNs: 0,
  jitterNs: 0,
  jitterCorrelationNs: 100e6,
  lossRatio: 0,
  meanBurstLength: null,
  reorderRatio: 0,
  reorderDelayNs: 20e6,
  duplicateRatio: 0,
  outages: [],
  randomOutages: null,
  bandwidthBps: null,
  queueLimitBytes: 64 * 1024,
  overheadBytes: 0,
  fifo: true,
  seed: 1,
});

export type LossCause = 'OUTAGE' | 'LOSS' | 'QUEUE_FULL';

export interface PacketFate {
  /** 0-based index of the packet in send order. */
  index: number;
  sendNs: number;
  /** Arrival times, ascending: [] lost, [t] delivered, [t, t2] delivered and duplicated. */
  arrivals: number[];
  lost: LossCause | null;
  /** Picked for reordering (held back so later packets may overtake it). */
  reordered: boolean;
  /** Time spent waiting in the bandwidth queue and being serialised, ns (0 when uncapped). */
  queueNs: number;
}

// Stream indices: one per random feature (see the header comment).
const STREAM = { jitter: 1, loss: 2, reorder: 3, duplicate: 4, outage: 5, duplicateJitter: 6 } as const;

/** Gilbert-Elliott (simple Gilbert: the good state never loses, the bad state always does) transition probabilities. */
export interface GilbertElliott {
  /** P(good -> bad) per packet. */
  p: number;
  /** P(bad -> good) per packet. */
  r: number;
  /** Stationary probability of the bad state = long-run loss ratio. */
  piBad: number;
}

/**
 * Transition probabilities for a loss ratio and a mean burst length. With only two states and a bad
 * state that always loses, a burst (run of losses) ends with probability r at each packet, so its
 * length is geometric with mean 1/r; the stationary share of the bad state, p/(p+r), is the loss ratio.
 * Independent loss is the special case p = loss, r = 1 - loss (then P(lost | previous lost) = loss).
 */
export function gilbertElliottFor(lossRatio: number, meanBurstLength: number | null): GilbertElliott {
  if (!(lossRatio >= 0 && lossRatio < 1)) throw new RangeError(`lossRatio must be in [0, 1), got ${lossRatio}`);
  if (meanBurstLength === null) return { p: lossRatio, r: 1 - lossRatio, piBad: lossRatio };
  if (!(meanBurstLength >= 1)) throw new RangeError(`meanBurstLength must be >= 1 packet, got ${meanBurstLength}`);
  const r = 1 / meanBurstLength;
  const p = (lossRatio * r) / (1 - lossRatio);
  if (p > 1) {
    throw new RangeError(
      `loss ${lossRatio} with mean burst ${meanBurstLength} is impossible: bursts that short cannot reach that loss ratio (needs burst >= ${(lossRatio / (1 - lossRatio)).toFixed(3)})`,
    );
  }
  return { p, r, piBad: lossRatio };
}

/** Log-normal parameters (of the underlying normal) for a given mean and standard deviation. */
export function lognormalFor(mean: number, sd: number): { mu: number; sigma: number } {
  const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

export class LinkImpairment {
  readonly params: Readonly<ImpairmentParams>;
  private readonly ge: GilbertElliott;
  private readonly jitterLn: { mu: number; sigma: number } | null;
  private readonly rngJitter: Xoshiro128;
  private readonly rngLoss: Xoshiro128;
  private readonly rngReorder: Xoshiro128;
  private readonly rngDuplicate: Xoshiro128;
  private readonly rngDuplicateJitter: Xoshiro128;
  private readonly rngOutage: Xoshiro128;
  private readonly scheduled: OutageWindow[];
  private originNs: number | null;
  private lastSendNs = -Infinity;
  private index = 0;
  private bad: boolean;
  private txFreeNs = -Infinity;
  private lastInOrderArrivalNs = -Infinity;
  /** The current or next random outage, relative to the origin. */
  private randomOutage: OutageWindow | null = null;
  /** Jitter process: standard normal values at knots k and k + 1 (knot k at origin + k * correlation). */
  private knot = NaN;
  private z0 = 0;
  private z1 = 0;

  /**
   * @param originNs time that scheduled outages count from; default: the first packet's send time.
   */
  constructor(params: ImpairmentParams, originNs?: number) {
    checkParams(params);
    this.params = Object.freeze({ ...params, outages: params.outages.map((o) => ({ ...o })) });
    this.ge = gilbertElliottFor(params.lossRatio, params.meanBurstLength);
    this.jitterLn = params.jitterNs > 0 ? lognormalFor(params.jitterNs, params.jitterNs) : null;
    const seed = params.seed;
    this.rngJitter = new Xoshiro128(seed, STREAM.jitter);
    this.rngLoss = new Xoshiro128(seed, STREAM.loss);
    this.rngReorder = new Xoshiro128(seed, STREAM.reorder);
    this.rngDuplicate = new Xoshiro128(seed, STREAM.duplicate);
    this.rngDuplicateJitter = new Xoshiro128(seed, STREAM.duplicateJitter);
    this.rngOutage = new Xoshiro128(seed, STREAM.outage);
    this.scheduled = [...this.params.outages].sort((a, b) => a.startNs - b.startNs);
    this.originNs = originNs ?? null;
    // Start the chain in its stationary distribution, so the first packets are not biased towards "good".
    this.bad = this.rngLoss.chance(this.ge.piBad);
    if (params.randomOutages) {
      this.randomOutage = this.drawRandomOutage(0);
    }
  }

  /**
   * The fate of the next packet. Send times must not decrease (a link carries packets in the order they
   * are sent; the caller's clock is monotonic).
   * @param sendNs when the packet leaves the sender, ns (any clock, the same for every call)
   * @param sizeBytes payload size, for the bandwidth stage
   */
  send(sendNs: number, sizeBytes: number): PacketFate {
    if (!Number.isFinite(sendNs)) throw new RangeError(`sendNs must be finite, got ${sendNs}`);
    if (sendNs < this.lastSendNs) {
      throw new RangeError(`send times must not decrease: ${sendNs} ns after ${this.lastSendNs} ns`);
    }
    if (!(sizeBytes >= 0)) throw new RangeError(`sizeBytes must be >= 0, got ${sizeBytes}`);
    this.lastSendNs = sendNs;
    if (this.originNs === null) this.originNs = sendNs;
    const fate: PacketFate = { index: this.index++, sendNs, arrivals: [], lost: null, reordered: false, queueNs: 0 };
    const p = this.params;

    // Draw every random number a packet may need up front, whatever happens to it, so that the streams
    // stay aligned packet by packet across runs that differ in one feature. (The jitter is a function
    // of time, not of the packet count, so it stays aligned anyway.)
    const jitter = this.jitterAt(sendNs - this.originNs);
    const dupJitter = this.drawJitter(this.rngDuplicateJitter);
    const reorder = this.rngReorder.chance(p.reorderRatio);
    const duplicate = this.rngDuplicate.chance(p.duplicateRatio);
    const lossDraw = this.rngLoss.next();

    if (this.inOutage(sendNs - this.originNs)) {
      fate.lost = 'OUTAGE';
      return fate;
    }

    // Gilbert-Elliott: the packet sees the current state, then the chain moves on.
    const lost = this.bad;
    this.bad = this.bad ? lossDraw >= this.ge.r : lossDraw < this.ge.p;
    if (lost) {
      fate.lost = 'LOSS';
      return fate;
    }

    let departNs = sendNs;
    if (p.bandwidthBps !== null) {
      const wireBytes = sizeBytes + p.overheadBytes;
      const queuedBytes = this.txFreeNs > sendNs ? ((this.txFreeNs - sendNs) * p.bandwidthBps) / 8e9 : 0;
      if (queuedBytes + wireBytes > p.queueLimitBytes) {
        fate.lost = 'QUEUE_FULL';
        return fate;
      }
      const startNs = Math.max(sendNs, this.txFreeNs);
      this.txFreeNs = startNs + (wireBytes * 8e9) / p.bandwidthBps;
      departNs = this.txFreeNs;
      fate.queueNs = departNs - sendNs;
    }

    let arrivalNs = Math.round(departNs + p.delayNs + jitter);
    if (reorder) {
      fate.reordered = true;
      arrivalNs += Math.round(p.reorderDelayNs);
    } else if (p.fifo) {
      arrivalNs = Math.max(arrivalNs, this.lastInOrderArrivalNs);
      this.lastInOrderArrivalNs = arrivalNs;
    }
    fate.arrivals.push(arrivalNs);
    if (duplicate) {
      fate.arrivals.push(Math.max(arrivalNs, Math.round(departNs + p.delayNs + dupJitter)));
    }
    return fate;
  }

  /**
   * The jitter process at time t after the origin: standard normal values at knots one correlation time
   * apart, blended between neighbouring knots with weights normalised so the blend is again exactly
   * standard normal (a (1-f) + b f over sqrt((1-f)^2 + f^2)), then mapped to the log-normal. Every
   * instant thus has the documented distribution, and the delay changes smoothly between knots.
   */
  private jitterAt(tNs: number): number {
    if (this.jitterLn === null) return 0;
    const tau = this.params.jitterCorrelationNs;
    if (!(tau > 0)) return this.drawJitter(this.rngJitter);
    const u = tNs / tau;
    const k = Math.floor(u);
    if (Number.isNaN(this.knot) || k > this.knot + 1) {
      // First packet, or a gap of more than one knot: the knots in between are independent of what
      // follows anyway, so draw the two that matter afresh.
      this.knot = k;
      this.z0 = this.rngJitter.normal();
      this.z1 = this.rngJitter.normal();
    } else if (k === this.knot + 1) {
      this.knot = k;
      this.z0 = this.z1;
      this.z1 = this.rngJitter.normal();
    }
    const f = u - k;
    const z = ((1 - f) * this.z0 + f * this.z1) / Math.sqrt((1 - f) * (1 - f) + f * f);
    return Math.exp(this.jitterLn.mu + this.jitterLn.sigma * z);
  }

  private drawJitter(rng: Xoshiro128): number {
    if (this.jitterLn === null) return 0;
    return Math.exp(this.jitterLn.mu + this.jitterLn.sigma * rng.normal());
  }

  /** Whether the link is down at time t after the origin. */
  private inOutage(tNs: number): boolean {
    for (const o of this.scheduled) {
      if (o.startNs > tNs) break;
      if (tNs < o.startNs + o.durationNs) return true;
    }
    if (this.randomOutage !== null) {
      while (tNs >= this.randomOutage.startNs + this.randomOutage.durationNs) {
        this.randomOutage = this.drawRandomOutage(this.randomOutage.startNs + this.randomOutage.durationNs);
      }
      if (tNs >= this.randomOutage.startNs) return true;
    }
    return false;
  }

  private drawRandomOutage(afterNs: number): OutageWindow {
    const r = this.params.randomOutages as RandomOutages;
    const startNs = afterNs + this.rngOutage.exponential(r.meanIntervalNs);
    // At least 1 ns, so the schedule always advances.
    return { startNs, durationNs: Math.max(1, this.rngOutage.exponential(r.meanDurationNs)) };
  }
}

function checkParams(p: ImpairmentParams): void {
  const nonNeg = (name: string, v: number) => {
    if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`${name} must be a finite number >= 0, got ${v}`);
  };
  const ratio = (name: string, v: number) => {
    if (!(v >= 0 && v <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${v}`);
  };
  nonNeg('delayNs', p.delayNs);
  nonNeg('jitterNs', p.jitterNs);
  nonNeg('jitterCorrelationNs', p.jitterCorrelationNs);
  nonNeg('reorderDelayNs', p.reorderDelayNs);
  nonNeg('queueLimitBytes', p.queueLimitBytes);
  nonNeg('overheadBytes', p.overheadBytes);
  ratio('reorderRatio', p.reorderRatio);
  ratio('duplicateRatio', p.duplicateRatio);
  gilbertElliottFor(p.lossRatio, p.meanBurstLength);
  if (p.bandwidthBps !== null && !(Number.isFinite(p.bandwidthBps) && p.bandwidthBps > 0)) {
    throw new RangeError(`bandwidthBps must be > 0 or null (unlimited), got ${p.bandwidthBps}`);
  }
  for (const o of p.outages) {
    nonNeg('outage startNs', o.startNs);
    nonNeg('outage durationNs', o.durationNs);
  }
  if (p.randomOutages) {
    if (!(p.randomOutages.meanIntervalNs > 0 && p.randomOutages.meanDurationNs > 0)) {
      throw new RangeError('random outages need meanIntervalNs > 0 and meanDurationNs > 0');
    }
  }
  if (!Number.isInteger(p.seed)) throw new RangeError(`seed must be an integer, got ${p.seed}`);
}
