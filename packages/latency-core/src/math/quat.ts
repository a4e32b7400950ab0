// Unit quaternions [x, y, z, w], Hamilton convention (as in ROS, Eigen and three.js).
//
// Determinism: only + - * /, Math.sqrt (correctly rounded by IEEE 754) and the fdlibm ports in
// dmath.ts, so every JS engine computes the same bits. Math.sin/cos/atan2 are not used: they differ in
// the last bit between V8 builds (Node 20 vs Chromium 156 measured).
import type { Quat, Vec3 } from '../types.js';
import { datan2, dcos, dsin } from './dmath.js';

export const Q_IDENTITY: Readonly<Quat> = [0, 0, 0, 1];

export function qIdentity(): Quat {
  return [0, 0, 0, 1];
}

export function qCopy(q: Quat): Quat {
  return [q[0], q[1], q[2], q[3]];
}

/** Hamilton product a * b (apply b, then a). */
export function qMul(a: Quat, b: Quat): Quat {
  const ax = a[0], ay = a[1], az = a[2], aw = a[3];
  const bx = b[0], by = b[1], bz = b[2], bw = b[3];
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

/** Conjugate, the inverse of a unit quaternion. */
export function qConj(q: Quat): Quat {
  return [-q[0], -q[1], -q[2], q[3]];
}

export function qDot(a: Quat, b: Quat): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
}

export function qNorm(q: Quat): number {
  return Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]);
}

/** Normalised copy; the identity for a zero or non-finite input (never NaN out of here). */
export function qNormalize(q: Quat): Quat {
  const n = qNorm(q);
  if (!(n > 0) || !Number.isFinite(n)) return qIdentity();
  const s = 1 / n;
  return [q[0] * s, q[1] * s, q[2] * s, q[3] * s];
}

/** q or -q, whichever is on the same hemisphere as ref (same rotation, continuous components). */
export function qAlign(q: Quat, ref: Quat): Quat {
  return qDot(q, ref) < 0 ? [-q[0], -q[1], -q[2], -q[3]] : qCopy(q);
}

/** Rotation angle of q in [0, pi], rad. atan2 form: accurate near 0 and pi, unlike acos. */
export function qRotationAngle(q: Quat): number {
  const s = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2]);
  return 2 * datan2(s, Math.abs(q[3]));
}

/** Angle of the rotation taking a to b, rad in [0, pi]. */
export function qAngleBetween(a: Quat, b: Quat): number {
  return qRotationAngle(qMul(b, qConj(a)));
}

/** Exponential map: the unit quaternion of rotation vector r (axis * angle, rad). */
export function qFromRotVec(r: Vec3): Quat {
  const th = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
  if (th < 1e-12) {
    // sin(th/2)/th -> 1/2; the first-order form is exact to double precision here.
    return qNormalize([r[0] * 0.5, r[1] * 0.5, r[2] * 0.5, 1]);
  }
  const h = th * 0.5;
  const s = dsin(h) / th;
  return [r[0] * s, r[1] * s, r[2] * s, dcos(h)];
}

/** Logarithm map: the rotation vector (axis * angle, angle in [0, pi]) of unit quaternion q. */
export function qToRotVec(q: Quat): Vec3 {
  let x = q[0], y = q[1], z = q[2], w = q[3];
  if (w < 0) {
    x = -x; y = -y; z = -z; w = -w;
  }
  const s = Math.sqrt(x * x + y * y + z * z);
  if (s < 1e-12) return [x * 2, y * 2, z * 2];
  const th = 2 * datan2(s, w);
  const k = th / s;
  return [x * k, y * k, z * k];
}

/** Rotates vector v by q. */
export function qRotate(q: Quat, v: Vec3): Vec3 {
  // v' = v + 2w (u x v) + 2 u x (u x v), u = vector part.
  const ux = q[0], uy = q[1], uz = q[2], w = q[3];
  const tx = 2 * (uy * v[2] - uz * v[1]);
  const ty = 2 * (uz * v[0] - ux * v[2]);
  const tz = 2 * (ux * v[1] - uy * v[0]);
  return [
    v[0] + w * tx + (uy * tz - uz * ty),
    v[1] + w * ty + (uz * tx - ux * tz),
    v[2] + w * tz + (ux * ty - uy * tx),
  ];
}

/**
 * Spherical linear interpolation a -> b at t in [0, 1], along the shorter arc. Written with the
 * rotation-vector form (exp(t * log(b a^-1)) a) so the same three functions (sin, cos, atan2) serve
 * slerp, the predictor and the limiters.
 */
export function qSlerp(a: Quat, b: Quat, t: number): Quat {
  const d = qMul(b, qConj(a));
  const r = qToRotVec(d);
  return qNormalize(qMul(qFromRotVec([r[0] * t, r[1] * t, r[2] * t]), a));
}

export function qIsFinite(q: readonly number[]): boolean {
  if (!Array.isArray(q) || q.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const x = q[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  }
  return true;
}

/** Quaternion of a 3x3 rotation matrix given row-major (Shepperd's method, numerically stable). */
export function qFromMatrix(m: readonly number[]): Quat {
  const m00 = m[0]!, m01 = m[1]!, m02 = m[2]!;
  const m10 = m[3]!, m11 = m[4]!, m12 = m[5]!;
  const m20 = m[6]!, m21 = m[7]!, m22 = m[8]!;
  const tr = m00 + m11 + m22;
  let q: Quat;
  if (tr > 0) {
    const s = Math.sqrt(tr + 1) * 2;
    q = [(m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s, 0.25 * s];
  } else if (m00 > m11 && m00 > m22) {
    const s = Math.sqrt(1 + m00 - m11 - m22) * 2;
    q = [0.25 * s, (m01 + m10) / s, (m02 + m20) / s, (m21 - m12) / s];
  } else if (m11 > m22) {
    const s = Math.sqrt(1 + m11 - m00 - m22) * 2;
    q = [(m01 + m10) / s, 0.25 * s, (m12 + m21) / s, (m02 - m20) / s];
  } else {
    const s = Math.sqrt(1 + m22 - m00 - m11) * 2;
    q = [(m02 + m20) / s, (m12 + m21) / s, 0.25 * s, (m10 - m01) / s];
  }
  return qNormalize(q);
}
