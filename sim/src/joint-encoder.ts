// Encoder model for arms whose joints are read independently (no actuator coupling): the ECM. Same
// model as the PSM's arm joints (encoder.ts): seeded jitter in encoder counts, then quantisation at
// the encoder resolution, then optional extra noise. Only + - * /, round and the seeded PRNG, so it is
// bit-identical in every JavaScript engine.

import type { Xoshiro128 } from './prng.js';
import type { NoiseOptions } from './encoder.js';

export class JointEncoder {
  private readonly enabled: boolean;
  private readonly jitter: number;
  private readonly quantize: boolean;
  private readonly extraStd: Float64Array;

  /** quantum: one encoder count per channel (rad, or m for a prismatic joint). */
  constructor(options: NoiseOptions, private readonly quantum: readonly number[], private readonly rng: Xoshiro128) {
    this.enabled = options.enabled ?? true;
    this.jitter = options.jitterCounts ?? 0.5;
    this.quantize = options.quantize ?? true;
    this.extraStd = Float64Array.from(options.extraStd ?? quantum.map(() => 0));
  }

  /** Measured values of the channels for true positions q (writes into out). */
  measure(q: ArrayLike<number>, out: Float64Array): void {
    const n = this.quantum.length;
    if (!this.enabled) {
      for (let i = 0; i < n; i++) out[i] = q[i]!;
      return;
    }
    const rng = this.rng;
    for (let i = 0; i < n; i++) {
      const dq = this.quantum[i]!;
      let x = q[i]! + this.jitter * dq * rng.gaussianish();
      if (this.quantize) x = Math.round(x / dq) * dq;
      out[i] = x;
    }
    for (let i = 0; i < n; i++) {
      const s = this.extraStd[i]!;
      if (s !== 0) out[i]! += s * rng.gaussianish();
    }
  }
}
