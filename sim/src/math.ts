// Small rotation helpers shared by kinematics and the driver. Browser-safe, allocation kept to the
// returned values. Rotations are 3x3 row-major nested arrays (rotation[row][col]); quaternions are
// [x, y, z, w] (Hamilton), as in the core's Pose.

import type { Pose, Quat, Vec3 } from '@farhand/latency-core';

/** 3x3 rotation, row-major: m[row][col]. */
export type Mat3 = number[][];

/** A pose as the kinematics speak it. */
export interface RotationPose {
  /** m, PSM base (RCM) frame */
  position: Vec3;
  /** 3x3 row-major */
  rotation: Mat3;
}

/** Accepted by inverse kinematics: a rotation matrix or a quaternion orientation. */
export type AnyPose = RotationPose | Pose;

/** Tolerance on |q| - 1 for an incoming quaternion; inside it we normalise, outside we refuse. */
export const QUAT_NORM_TOLERANCE = 1e-3;
/** Tolerance on max |R^T R - I| for an incoming rotation matrix. */
export const ROTATION_ORTHONORMAL_TOLERANCE = 1e-6;

export function quatToRotation(q: Quat | readonly number[]): Mat3 {
  const x = q[0]!, y = q[1]!, z = q[2]!, w = q[3]!;
  const n = x * x + y * y + z * z + w * w;
  const s = n > 0 ? 2 / n : 0;
  const xx = x * x * s, yy = y * y * s, zz = z * z * s;
  const xy = x * y * s, xz = x * z * s, yz = y * z * s;
  const wx = w * x * s, wy = w * y * s, wz = w * z * s;
  return [
    [1 - yy - zz, xy - wz, xz + wy],
    [xy + wz, 1 - xx - zz, yz - wx],
    [xz - wy, yz + wx, 1 - xx - yy],
  ];
}

/** Shepperd's method: numerically safe for every rotation. Returns w >= 0. */
export function rotationToQuat(r: Mat3): Quat {
  const m00 = r[0]![0]!, m01 = r[0]![1]!, m02 = r[0]![2]!;
  const m10 = r[1]![0]!, m11 = r[1]![1]!, m12 = r[1]![2]!;
  const m20 = r[2]![0]!, m21 = r[2]![1]!, m22 = r[2]![2]!;
  return quatFromElements(m00, m01, m02, m10, m11, m12, m20, m21, m22);
}

export function quatFromElements(
  m00: number, m01: number, m02: number,
  m10: number, m11: number, m12: number,
  m20: number, m21: number, m22: number,
): Quat {
  const tr = m00 + m11 + m22;
  let x: number, y: number, z: number, w: number;
  if (tr > 0) {
    const s = Math.sqrt(tr + 1) * 2;
    w = 0.25 * s; x = (m21 - m12) / s; y = (m02 - m20) / s; z = (m10 - m01) / s;
  } else if (m00 > m11 && m00 > m22) {
    const s = Math.sqrt(1 + m00 - m11 - m22) * 2;
    w = (m21 - m12) / s; x = 0.25 * s; y = (m01 + m10) / s; z = (m02 + m20) / s;
  } else if (m11 > m22) {
    const s = Math.sqrt(1 + m11 - m00 - m22) * 2;
    w = (m02 - m20) / s; x = (m01 + m10) / s; y = 0.25 * s; z = (m12 + m21) / s;
  } else {
    const s = Math.sqrt(1 + m22 - m00 - m11) * 2;
    w = (m10 - m01) / s; x = (m02 + m20) / s; y = (m12 + m21) / s; z = 0.25 * s;
  }
  if (w < 0) { x = -x; y = -y; z = -z; w = -w; }
  const n = Math.sqrt(x * x + y * y + z * z + w * w);
  return [x / n, y / n, z / n, w / n];
}

/** Rotation pose -> the core's Pose (quaternion). */
export function toPose(p: RotationPose): Pose {
  return { position: [p.position[0], p.position[1], p.position[2]], orientation: rotationToQuat(p.rotation) };
}

/** The core's Pose -> rotation pose. */
export function fromPose(p: Pose): RotationPose {
  return { position: [p.position[0], p.position[1], p.position[2]], rotation: quatToRotation(p.orientation) };
}

/** Angle of the rotation a^T b, rad, in [0, pi]. Robust near 0 (uses the antisymmetric part). */
export function rotationAngleBetween(a: Mat3, b: Mat3): number {
  // d = a^T b
  let tr = 0;
  const d: number[] = new Array<number>(9);
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const v = a[0]![i]! * b[0]![j]! + a[1]![i]! * b[1]![j]! + a[2]![i]! * b[2]![j]!;
      d[i * 3 + j] = v;
      if (i === j) tr += v;
    }
  }
  const sx = d[7]! - d[5]!, sy = d[2]! - d[6]!, sz = d[3]! - d[1]!;
  const sinTimes2 = Math.sqrt(sx * sx + sy * sy + sz * sz);
  return Math.atan2(sinTimes2, tr - 1);
}

export function isVec3(x: unknown): x is Vec3 {
  return Array.isArray(x) && x.length === 3 && x.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/**
 * Validate and normalise an orientation quaternion. Throws a RangeError that says what was wrong and
 * what is accepted.
 */
export function checkQuat(q: unknown, what: string): Quat {
  if (!Array.isArray(q) || q.length !== 4 || !q.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new RangeError(`${what}: orientation must be 4 finite numbers [x, y, z, w]; got ${describe(q)}`);
  }
  const n = Math.hypot(q[0], q[1], q[2], q[3]);
  if (!(Math.abs(n - 1) <= QUAT_NORM_TOLERANCE)) {
    throw new RangeError(`${what}: orientation must be a unit quaternion (| |q| - 1 | <= ${QUAT_NORM_TOLERANCE}); got norm ${n}`);
  }
  return [q[0] / n, q[1] / n, q[2] / n, q[3] / n];
}

/** Validate a 3x3 rotation (orthonormal, det +1). Throws a RangeError with the reason. */
export function checkRotation(r: unknown, what: string): Mat3 {
  const ok =
    Array.isArray(r) && r.length === 3 &&
    r.every((row) => Array.isArray(row) && row.length === 3 && row.every((v) => typeof v === 'number' && Number.isFinite(v)));
  if (!ok) throw new RangeError(`${what}: rotation must be a 3x3 row-major array of finite numbers; got ${describe(r)}`);
  const m = r as number[][];
  let worst = 0;
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const dot = m[0]![i]! * m[0]![j]! + m[1]![i]! * m[1]![j]! + m[2]![i]! * m[2]![j]!;
      worst = Math.max(worst, Math.abs(dot - (i === j ? 1 : 0)));
    }
  }
  const det =
    m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
    m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
    m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
  if (!(worst <= ROTATION_ORTHONORMAL_TOLERANCE) || !(det > 0)) {
    throw new RangeError(
      `${what}: rotation must be orthonormal with determinant +1 (max |R^T R - I| <= ${ROTATION_ORTHONORMAL_TOLERANCE}); got max deviation ${worst}, det ${det}`,
    );
  }
  return m;
}

/** Accept { position, rotation } or { position, orientation }; return a validated rotation pose. */
export function checkAnyPose(p: unknown, what: string): RotationPose {
  if (typeof p !== 'object' || p === null) {
    throw new RangeError(`${what}: pose must be an object { position: [x, y, z] (m), rotation: 3x3 } or { position, orientation: [x, y, z, w] }; got ${describe(p)}`);
  }
  const o = p as Record<string, unknown>;
  if (!isVec3(o['position'])) throw new RangeError(`${what}: position must be 3 finite numbers [x, y, z] in m; got ${describe(o['position'])}`);
  const position = o['position'] as Vec3;
  if (o['rotation'] !== undefined) return { position, rotation: checkRotation(o['rotation'], what) };
  if (o['orientation'] !== undefined) return { position, rotation: quatToRotation(checkQuat(o['orientation'], what)) };
  throw new RangeError(`${what}: pose needs either rotation (3x3 row-major) or orientation (quaternion [x, y, z, w])`);
}

export function describe(x: unknown): string {
  if (x === undefined) return 'undefined';
  try {
    const s = JSON.stringify(x, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
    return s.length > 120 ? `${s.slice(0, 117)}...` : s;
  } catch {
    return String(x);
  }
}
