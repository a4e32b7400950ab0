// Encoder model: what the arm reports for a true joint position. Seeded jitter, then quantisation at
// the real encoder resolution. The tool joints and the jaw are read through their actuators (the
// dVRK tool coupling), so they are quantised in actuator space and mapped back, as on the real arm.
//
// Resolutions, measured from the real PSM2 recording (sim/test/fixtures/traj01_PSM2_js_positions.csv):
// every step between successive measured_js values is an integer multiple of
//   yaw, pitch: 7.7227329e-6 rad;  insertion: 1.29629e-6 m;
//   roll: 2.0968994e-4 rad = 1.5632 x 1.3414e-4;  wrist pitch: 1.3663650e-4 rad = 1.0186 x 1.3414e-4,
// i.e. one actuator count of 1.3414e-4 rad through the coupling matrix's diagonal.

import type { Xoshiro128 } from './prng.js';

export const ARM_ENCODER_QUANTUM: readonly number[] = [7.722732874224e-6, 7.722732874224e-6, 1.29629e-6];
/** One tool actuator encoder count, rad (roll quantum / 1.5632 = wrist pitch quantum / 1.0186). */
export const TOOL_ACTUATOR_QUANTUM_RAD = 0.00020968994348452436 / 1.5632;

export interface NoiseOptions {
  /** false: measured = true position exactly (no jitter, no quantisation). Default true. */
  enabled?: boolean;
  /** Encoder jitter, standard deviation in encoder counts. Default 0.5 (the last count flickers). */
  jitterCounts?: number;
  /** Quantise to the encoder resolution. Default true. */
  quantize?: boolean;
  /** Extra measurement noise per channel (7: joints then jaw), std in rad or m. Default zeros. */
  extraStd?: readonly number[];
}

export class Encoder {
  private readonly enabled: boolean;
  private readonly jitter: number;
  private readonly quantize: boolean;
  private readonly extraStd: Float64Array;
  private readonly c: Float64Array; // 4x4 actuator -> joint
  private readonly cInv: Float64Array; // 4x4 joint -> actuator
  private readonly a = new Float64Array(4);

  constructor(options: NoiseOptions, actuatorToJoint: readonly (readonly number[])[], private readonly rng: Xoshiro128) {
    this.enabled = options.enabled ?? true;
    this.jitter = options.jitterCounts ?? 0.5;
    this.quantize = options.quantize ?? true;
    this.extraStd = Float64Array.from(options.extraStd ?? [0, 0, 0, 0, 0, 0, 0]);
    this.c = Float64Array.from(actuatorToJoint.flat());
    this.cInv = invert4(this.c);
  }

  /** Measured values of the 7 channels for true positions q (writes into out). */
  measure(q: ArrayLike<number>, out: Float64Array): void {
    if (!this.enabled) {
      for (let i = 0; i < 7; i++) out[i] = q[i]!;
      return;
    }
    const rng = this.rng;
    for (let i = 0; i < 3; i++) {
      const dq = ARM_ENCODER_QUANTUM[i]!;
      let x = q[i]! + this.jitter * dq * rng.gaussianish();
      if (this.quantize) x = Math.round(x / dq) * dq;
      out[i] = x;
    }
    // Tool: joints [roll, wrist pitch, wrist yaw, jaw] = channels 3, 4, 5, 6.
    const ci = this.cInv;
    const a = this.a;
    const dq = TOOL_ACTUATOR_QUANTUM_RAD;
    for (let r = 0; r < 4; r++) {
      let s = ci[r * 4]! * q[3]! + ci[r * 4 + 1]! * q[4]! + ci[r * 4 + 2]! * q[5]! + ci[r * 4 + 3]! * q[6]!;
      s += this.jitter * dq * rng.gaussianish();
      if (this.quantize) s = Math.round(s / dq) * dq;
      a[r] = s;
    }
    const c = this.c;
    for (let r = 0; r < 4; r++) {
      out[3 + r] = c[r * 4]! * a[0]! + c[r * 4 + 1]! * a[1]! + c[r * 4 + 2]! * a[2]! + c[r * 4 + 3]! * a[3]!;
    }
    for (let i = 0; i < 7; i++) {
      const s = this.extraStd[i]!;
      if (s !== 0) out[i]! += s * rng.gaussianish();
    }
  }
}

/** Inverse of a 4x4 row-major matrix (Gauss-Jordan with partial pivoting). */
function invert4(m: Float64Array): Float64Array {
  const a = Float64Array.from(m);
  const inv = new Float64Array(16);
  for (let i = 0; i < 4; i++) inv[i * 4 + i] = 1;
  for (let c = 0; c < 4; c++) {
    let p = c;
    for (let r = c + 1; r < 4; r++) if (Math.abs(a[r * 4 + c]!) > Math.abs(a[p * 4 + c]!)) p = r;
    const piv = a[p * 4 + c]!;
    if (Math.abs(piv) < 1e-12) throw new RangeError('tool coupling matrix is singular');
    for (let k = 0; k < 4; k++) {
      let t = a[c * 4 + k]!; a[c * 4 + k] = a[p * 4 + k]!; a[p * 4 + k] = t;
      t = inv[c * 4 + k]!; inv[c * 4 + k] = inv[p * 4 + k]!; inv[p * 4 + k] = t;
    }
    for (let k = 0; k < 4; k++) { a[c * 4 + k]! /= piv; inv[c * 4 + k]! /= piv; }
    for (let r = 0; r < 4; r++) {
      if (r === c) continue;
      const f = a[r * 4 + c]!;
      if (f === 0) continue;
      for (let k = 0; k < 4; k++) { a[r * 4 + k]! -= f * a[c * 4 + k]!; inv[r * 4 + k]! -= f * inv[c * 4 + k]!; }
    }
  }
  return inv;
}
