// A seeded model of an impaired link, for tests and benchmarks: base delay + uniform jitter,
// asymmetric spikes, Gilbert-Elliott burst loss, duplication, and outages (dropped, or held and
// delivered in a burst afterwards as TCP would).
import { Prng } from './prng.js';

export interface Impairment {
  baseDelayS: number;
  /** Uniform jitter: delay in base +- jitterS (clamped at 0). */
  jitterS: number;
  /** Long-run loss ratio 0..1, lost in bursts of mean length burstLen. */
  loss: number;
  burstLen: number;
  duplicate: number;
  /** Probability and size of a delay spike on one message. */
  spikeProb: number;
  spikeS: number;
  outages: Array<{ startS: number; durationS: number }>;
  /** 'drop': lost during an outage; 'hold': delivered when it ends. */
  outageMode: 'drop' | 'hold';
}

export const NO_IMPAIRMENT: Impairment = {
  baseDelayS: 0,
  jitterS: 0,
  loss: 0,
  burstLen: 1,
  duplicate: 0,
  spikeProb: 0,
  spikeS: 0,
  outages: [],
  outageMode: 'drop',
};

export class LinkModel {
  private readonly imp: Impairment;
  private readonly rng: Prng;
  private bad = false;

  constructor(imp: Partial<Impairment>, seed: number) {
    this.imp = { ...NO_IMPAIRMENT, ...imp };
    this.rng = new Prng(seed);
  }

  /** One-way delay of one message, s. */
  delayS(): number {
    const i = this.imp;
    let d = i.baseDelayS + (this.rng.next() * 2 - 1) * i.jitterS;
    if (i.spikeProb > 0 && this.rng.chance(i.spikeProb)) d += this.rng.next() * i.spikeS;
    return d > 0 ? d : 0;
  }

  /** Arrival times (s, same clock as sendS) of a message sent at sendS: none, one or two. */
  transmit(sendS: number): number[] {
    const i = this.imp;
    // Gilbert-Elliott: P(good->bad) chosen so the stationary loss equals i.loss.
    if (i.loss > 0) {
      const toGood = 1 / Math.max(1, i.burstLen);
      const toBad = i.loss >= 1 ? 1 : (i.loss * toGood) / (1 - i.loss);
      this.bad = this.bad ? !this.rng.chance(toGood) : this.rng.chance(toBad);
      if (this.bad) return [];
    }
    let arrive = sendS + this.delayS();
    for (const o of i.outages) {
      if (arrive >= o.startS && arrive < o.startS + o.durationS) {
        if (i.outageMode === 'drop') return [];
        arrive = o.startS + o.durationS + this.rng.next() * 0.001;
      }
    }
    const out = [arrive];
    if (i.duplicate > 0 && this.rng.chance(i.duplicate)) out.push(arrive + this.rng.next() * 0.02);
    return out;
  }
}
