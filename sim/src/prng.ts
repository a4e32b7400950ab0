// Seeded pseudo-random numbers for the simulator's measurement noise. 32-bit integer arithmetic only
// (Math.imul, shifts), so the sequence is bit-identical in every JavaScript engine. Never Math.random.

/** xoshiro128** (Blackman & Vigna), state seeded from one uint32 through splitmix32. */
export class Xoshiro128 {
  // The state words are kept as int32 (the same 32 bits as the uint32 they stand for): V8 then stores
  // them as small integers instead of boxed doubles, which matters at 28 draws per simulated read.
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`seed must be an integer in [0, 4294967295] (uint32); got ${String(seed)}`);
    }
    let x = seed >>> 0;
    const next = (): number => {
      // splitmix32
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) | 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the all-zero state is a fixed point
  }

  /** Next uint32. */
  nextU32(): number {
    const s0 = this.s0;
    const s1 = this.s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    let s2 = this.s2 ^ s0;
    let s3 = this.s3 ^ s1;
    this.s1 = s1 ^ s2;
    this.s0 = s0 ^ s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    this.s2 = s2;
    this.s3 = s3;
    return result;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.nextU32() / 4294967296;
  }

  /**
   * Zero-mean, unit-variance, bell-shaped (Irwin-Hall of 4 uniforms, scaled). Bounded at +-3.46:
   * encoder jitter is bounded too, and it needs no log/cos, whose last bit differs between engines.
   */
  gaussianish(): number {
    return (this.uniform() + this.uniform() + this.uniform() + this.uniform() - 2) * SQRT3;
  }
}

const SQRT3 = Math.sqrt(3);
