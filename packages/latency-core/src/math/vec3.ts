// Small 3-vector helpers. Plain arrays and basic IEEE operations only (+ - * / and Math.sqrt, which
// IEEE 754 requires to be correctly rounded), so results are bit-identical on every JS engine.
import type { Vec3 } from '../types.js';

export function vec3(x = 0, y = 0, z = 0): Vec3 {
  return [x, y, z];
}

export function vCopy(a: Vec3): Vec3 {
  return [a[0], a[1], a[2]];
}

export function vSet(out: Vec3, x: number, y: number, z: number): Vec3 {
  out[0] = x;
  out[1] = y;
  out[2] = z;
  return out;
}

export function vAdd(a: Vec3, b: Vec3): Vec3 {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

export function vSub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

export function vScale(a: Vec3, s: number): Vec3 {
  return [a[0] * s, a[1] * s, a[2] * s];
}

/** a + b * s */
export function vAddScaled(a: Vec3, b: Vec3, s: number): Vec3 {
  return [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];
}

export function vDot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

export function vCross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function vNorm(a: Vec3): number {
  return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
}

export function vDist(a: Vec3, b: Vec3): number {
  const x = a[0] - b[0];
  const y = a[1] - b[1];
  const z = a[2] - b[2];
  return Math.sqrt(x * x + y * y + z * z);
}

/** a + (b - a) * t */
export function vLerp(a: Vec3, b: Vec3, t: number): Vec3 {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** The vector scaled down (never up) so that its norm is at most max. */
export function vClampNorm(a: Vec3, max: number): Vec3 {
  const n = vNorm(a);
  if (n <= max) return vCopy(a);
  const s = max / n;
  return [a[0] * s, a[1] * s, a[2] * s];
}

export function vIsFinite(a: readonly number[], length = 3): boolean {
  if (!Array.isArray(a) || a.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const x = a[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  }
  return true;
}
