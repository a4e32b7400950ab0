// A seeded model of an impaired link, for tests and benchmarks: base delay + jitter (uniform, or
// log-normal and heavy-tailed as real links are), asymmetric spikes, Gilbert-Elliott burst loss,
// duplication, and outages (dropped, or held and delivered in a burst afterwards as TCP would).
import { Prng } from './prng.js';
import { dcos, dexp, dlog } from '../math/dmath.js';

export interface Impairment {
  baseDelayS: number;
  /** Uniform jitter: delay in base +- jitterS (clamped at 0). Log-normal: see jitterModel. */
  jitterS: number;
  /**
   * 'uniform' (bounded), or 'lognormal': delay = base - jitterS + X with X log-normal of mean and
   * standard deviation jitterS, so the mean is base, the floor base - jitterS, and the upper tail heavy
   * (robot-agent's link/impairment.ts uses the same law). Consecutive draws are independent.
   */
  jitterModel?: 'uniform' | 'lognormal';
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
    let d = i.jitterModel === 'lognormal' && i.jitterS > 0 ? i.baseDelayS - i.jitterS + this.lognormal(i.jitterS, i.jitterS) : i.baseDelayS + (this.rng.next() * 2 - 1) * i.jitterS;
    if (i.spikeProb > 0 && this.rng.chance(i.spikeProb)) d += this.rng.next() * i.spikeS;
    return d > 0 ? d : 0;
  }

  /** Log-normal with this mean and standard deviation (Box-Muller; dmath, so every engine agrees). */
  private lognormal(mean: number, sd: number): number {
    const s2 = dlog(1 + (sd * sd) / (mean * mean));
    const mu = dlog(mean) - s2 / 2;
    const u1 = 1 - this.rng.next(); // (0, 1]
    const u2 = this.rng.next();
    const z = Math.sqrt(-2 * dlog(u1)) * dcos(2 * Math.PI * u2);
    return dexp(mu + Math.sqrt(s2) * z);
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
