// Denavit-Hartenberg chains for the arms other than the PSM (the PSM keeps its own, tuned chain in
// kinematics.ts). Both conventions the dVRK files use:
//   modified (Craig; PSM, ECM):  T_i = RotX(alpha) TransX(a) RotZ(theta) TransZ(d)
//   standard (MTM):              T_i = RotZ(theta) TransZ(d) TransX(a) RotX(alpha)
// revolute: theta = q + offset, d fixed; prismatic: theta = 0, d = q + offset + d.
// Transforms are 3x4 row-major [R | p] in a Float64Array(12). Browser-safe.

import type { DhJoint } from './tools.js';
import { describe, type RotationPose } from './math.js';

export type DhConvention = 'modified' | 'standard';

/** Precomputed constants of one link. */
export interface DhLink {
  ca: number;
  sa: number;
  a: number;
  prismatic: boolean;
  offset: number;
  d: number;
}

export function dhLinks(joints: readonly DhJoint[]): DhLink[] {
  return joints.map((j) => ({
    ca: Math.cos(j.alpha),
    sa: Math.sin(j.alpha),
    a: j.a,
    prismatic: j.type === 'prismatic',
    offset: j.offset,
    d: j.d,
  }));
}

export function setIdentity34(m: Float64Array): void {
  m[0] = 1; m[1] = 0; m[2] = 0; m[3] = 0;
  m[4] = 0; m[5] = 1; m[6] = 0; m[7] = 0;
  m[8] = 0; m[9] = 0; m[10] = 1; m[11] = 0;
}

/** m <- m * T(link, qi), modified DH, in place. */
export function appendModified(m: Float64Array, l: DhLink, qi: number): void {
  let ct: number, st: number, d: number;
  if (l.prismatic) { ct = 1; st = 0; d = qi + l.offset + l.d; }
  else { const th = qi + l.offset; ct = Math.cos(th); st = Math.sin(th); d = l.d; }
  // T = [[ct, -st, 0, a], [st ca, ct ca, -sa, -sa d], [st sa, ct sa, ca, ca d]]
  const t10 = st * l.ca, t11 = ct * l.ca, t12 = -l.sa;
  const t20 = st * l.sa, t21 = ct * l.sa, t22 = l.ca;
  for (let r = 0; r < 3; r++) {
    const o = r * 4;
    const m0 = m[o]!, m1 = m[o + 1]!, m2 = m[o + 2]!, m3 = m[o + 3]!;
    m[o] = m0 * ct + m1 * t10 + m2 * t20;
    m[o + 1] = -m0 * st + m1 * t11 + m2 * t21;
    m[o + 2] = m1 * t12 + m2 * t22;
    m[o + 3] = m0 * l.a + (m1 * t12 + m2 * t22) * d + m3;
  }
}

/** m <- m * T(link, qi), standard DH, in place. */
export function appendStandard(m: Float64Array, l: DhLink, qi: number): void {
  let ct: number, st: number, d: number;
  if (l.prismatic) { ct = 1; st = 0; d = qi + l.offset + l.d; }
  else { const th = qi + l.offset; ct = Math.cos(th); st = Math.sin(th); d = l.d; }
  // T = [[ct, -st ca, st sa, a ct], [st, ct ca, -ct sa, a st], [0, sa, ca, d]]
  for (let r = 0; r < 3; r++) {
    const o = r * 4;
    const m0 = m[o]!, m1 = m[o + 1]!, m2 = m[o + 2]!, m3 = m[o + 3]!;
    m[o] = m0 * ct + m1 * st;
    m[o + 1] = (-m0 * st + m1 * ct) * l.ca + m2 * l.sa;
    m[o + 2] = (m0 * st - m1 * ct) * l.sa + m2 * l.ca;
    m[o + 3] = (m0 * ct + m1 * st) * l.a + m2 * d + m3;
  }
}

/** m <- m * [R | 0] for a row-major 3x3 R given as 9 numbers (a tool-tip rotation). */
export function appendRotation(m: Float64Array, r9: ArrayLike<number>): void {
  for (let r = 0; r < 3; r++) {
    const o = r * 4;
    const a = m[o]!, b = m[o + 1]!, c = m[o + 2]!;
    m[o] = a * r9[0]! + b * r9[3]! + c * r9[6]!;
    m[o + 1] = a * r9[1]! + b * r9[4]! + c * r9[7]!;
    m[o + 2] = a * r9[2]! + b * r9[5]! + c * r9[8]!;
  }
}

export function toRotationPose34(m: ArrayLike<number>): RotationPose {
  return {
    position: [m[3]!, m[7]!, m[11]!],
    rotation: [
      [m[0]!, m[1]!, m[2]!],
      [m[4]!, m[5]!, m[6]!],
      [m[8]!, m[9]!, m[10]!],
    ],
  };
}

/** Validate a joint vector of length n; a RangeError says what was wrong. */
export function checkJointVector(q: unknown, n: number, what: string, names: readonly string[]): asserts q is readonly number[] {
  if (!Array.isArray(q) && !(q instanceof Float64Array)) {
    throw new RangeError(`${what}: joints must be an array of ${n} finite numbers (${names.join(', ')}); got ${describe(q)}`);
  }
  const a = q as ArrayLike<unknown>;
  if (a.length !== n) throw new RangeError(`${what}: joints must have exactly ${n} values (${names.join(', ')}); got ${a.length}`);
  for (let i = 0; i < n; i++) {
    const v = a[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`${what}: joint ${i} (${names[i]}) must be a finite number; got ${describe(v)}`);
    }
  }
}
