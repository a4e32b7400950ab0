// Seeded pseudo-random numbers for the impairment model. The model never touches Math.random: a run
// is a pure function of its parameters and its seed, so a replay over an impaired link is repeatable
// and two "what if" runs differ only where their parameters differ.
//
// xoshiro128** (Blackman & Vigna, 2018): 128-bit state, 32-bit outputs, passes BigCrush, and is fast
// in JavaScript because it only needs 32-bit integer operations. The state is filled from the seed
// with splitmix32 so that nearby seeds (1, 2, 3...) give unrelated streams.

/** splitmix32 step: a well-mixed 32-bit value from a counter; used for seeding only. */
function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

export class Xoshiro128 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** A second normal deviate from Box-Muller, kept for the next call. */
  private spareNormal: number | null = null;

  /**
   * @param seed any integer (taken modulo 2^32)
   * @param stream independent sub-stream index: one model uses one stream per random feature (delay,
   *   loss, duplication, ...) so that switching one feature on does not reshuffle the others.
   */
  constructor(seed: number, stream = 0) {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
    const st = { s: (Math.trunc(seed) ^ Math.imul(stream + 1, 0x27d4eb2f)) | 0 };
    this.a = splitmix32(st);
    this.b = splitmix32(st);
    this.c = splitmix32(st);
    this.d = splitmix32(st);
    // An all-zero state would emit zeros for ever; splitmix32 cannot produce it in practice, but be sure.
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** Next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** Uniform in [0, 1) with 53 bits of resolution. */
  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Uniform in (0, 1]: safe to take the logarithm of. */
  nextOpen(): number {
    return 1 - this.next();
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return p > 0 && this.next() < p;
  }

  /** Standard normal deviate (Box-Muller, both outputs used). */
  normal(): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return z;
    }
    const u1 = this.nextOpen();
    const u2 = this.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spareNormal = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  }

  /** Exponential deviate with the given mean. */
  exponential(mean: number): number {
    return -mean * Math.log(this.nextOpen());
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
