// The arm's base frame: where its remote centre of motion (RCM) sits in the frame the arm publishes
// measured_cp in and takes servo_cp in (a dVRK PSM: the ECM frame). The core always works in the RCM frame,
// so the driver maps measured_cp in with the inverse and servo_cp out with the base frame itself.
import type { Pose, Quat, Vec3 } from '@farhand/latency-core';

/** A rigid transform: p_parent = R * p_child + t. R is row-major 3x3. */
export interface RigidTransform {
  rotation: [Vec3, Vec3, Vec3];
  translation: Vec3;
  /** Name of the parent frame (frame_id of the poses the arm publishes), '' when unknown. */
  referenceFrame: string;
}

export const IDENTITY_TRANSFORM: RigidTransform = {
  rotation: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  translation: [0, 0, 0],
  referenceFrame: '',
};

/** Largest departure from orthonormality we accept in a configured rotation (dVRK files carry 9 digits). */
const ORTHONORMAL_TOLERANCE = 1e-6;

function isFiniteNumberArray(v: unknown, n: number): v is number[] {
  return Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && Number.isFinite(x));
}

/**
 * Accepts the shapes a user may have at hand and returns a validated rigid transform, or throws a sentence
 * saying what is accepted:
 * - undefined / null: identity (the arm publishes in its own RCM frame);
 * - a 4x4 homogeneous matrix, row-major nested arrays (dVRK system JSON `base_frame.transform`);
 * - `{ matrix: [16 numbers] }`, the same matrix flattened row-major (the agent's config file);
 * - a dVRK `base_frame` object `{ reference_frame, transform }`;
 * - a pose `{ position: [x,y,z], orientation: [x,y,z,w] }` (optionally with `reference_frame`).
 */
export function parseBaseFrame(value: unknown): RigidTransform {
  const accepted =
    'accepted: a 4x4 row-major matrix [[r00,r01,r02,tx],[r10,r11,r12,ty],[r20,r21,r22,tz],[0,0,0,1]] (metres), ' +
    '{ matrix: [16 numbers, row-major] }, a dVRK base_frame { reference_frame, transform }, ' +
    'or { position: [x,y,z], orientation: [x,y,z,w] }';
  if (value === undefined || value === null) return IDENTITY_TRANSFORM;
  if (Array.isArray(value)) return fromMatrix(value, '', accepted);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const ref = o['reference_frame'] ?? o['referenceFrame'] ?? '';
    if (typeof ref !== 'string') throw new Error(`base frame: reference_frame must be a string; ${accepted}`);
    if (o['transform'] !== undefined) return fromMatrix(o['transform'], ref, accepted);
    if (o['matrix'] !== undefined) {
      const m = o['matrix'];
      if (!isFiniteNumberArray(m, 16)) throw new Error(`base frame: matrix must be 16 finite numbers; ${accepted}`);
      return fromMatrix([m.slice(0, 4), m.slice(4, 8), m.slice(8, 12), m.slice(12, 16)], ref, accepted);
    }
    if (o['position'] !== undefined || o['orientation'] !== undefined) {
      const p = o['position'];
      const q = o['orientation'];
      if (!isFiniteNumberArray(p, 3) || !isFiniteNumberArray(q, 4)) {
        throw new Error(`base frame: position must be 3 finite numbers and orientation 4; ${accepted}`);
      }
      const n = Math.hypot(q[0]!, q[1]!, q[2]!, q[3]!);
      if (Math.abs(n - 1) > ORTHONORMAL_TOLERANCE) {
        throw new Error(`base frame: orientation quaternion has norm ${n}, expected 1; ${accepted}`);
      }
      const quat: Quat = [q[0]! / n, q[1]! / n, q[2]! / n, q[3]! / n];
      return { rotation: quatToMatrix(quat), translation: [p[0]!, p[1]!, p[2]!], referenceFrame: ref };
    }
  }
  throw new Error(`base frame: unrecognised value ${JSON.stringify(value)}; ${accepted}`);
}

function fromMatrix(m: unknown, referenceFrame: string, accepted: string): RigidTransform {
  if (!Array.isArray(m) || m.length !== 4 || !m.every((row) => isFiniteNumberArray(row, 4))) {
    throw new Error(`base frame: transform must be 4 rows of 4 finite numbers; ${accepted}`);
  }
  const rows = m as number[][];
  const last = rows[3]!;
  if (Math.abs(last[0]!) > 1e-9 || Math.abs(last[1]!) > 1e-9 || Math.abs(last[2]!) > 1e-9 || Math.abs(last[3]! - 1) > 1e-9) {
    throw new Error(`base frame: last row must be [0,0,0,1], got ${JSON.stringify(last)}; ${accepted}`);
  }
  const r = (i: number, j: number): number => rows[i]![j]!;
  const rotation: [Vec3, Vec3, Vec3] = [
    [r(0, 0), r(0, 1), r(0, 2)],
    [r(1, 0), r(1, 1), r(1, 2)],
    [r(2, 0), r(2, 1), r(2, 2)],
  ];
  checkRotation(rotation, accepted);
  // Re-orthonormalise through the quaternion so that inverse() is exact; the correction is ~1e-10 for dVRK files.
  const q = matrixToQuat(rotation);
  return { rotation: quatToMatrix(q), translation: [r(0, 3), r(1, 3), r(2, 3)], referenceFrame };
}

function checkRotation(R: [Vec3, Vec3, Vec3], accepted: string): void {
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      let dot = 0;
      for (let k = 0; k < 3; k++) dot += R[i]![k]! * R[j]![k]!;
      const expected = i === j ? 1 : 0;
      if (Math.abs(dot - expected) > ORTHONORMAL_TOLERANCE) {
        throw new Error(`base frame: the 3x3 rotation is not orthonormal (row ${i}·row ${j} = ${dot}); ${accepted}`);
      }
    }
  }
  const det =
    R[0]![0]! * (R[1]![1]! * R[2]![2]! - R[1]![2]! * R[2]![1]!) -
    R[0]![1]! * (R[1]![0]! * R[2]![2]! - R[1]![2]! * R[2]![0]!) +
    R[0]![2]! * (R[1]![0]! * R[2]![1]! - R[1]![1]! * R[2]![0]!);
  if (Math.abs(det - 1) > ORTHONORMAL_TOLERANCE) {
    throw new Error(`base frame: the rotation has determinant ${det}, expected +1 (a reflection?); ${accepted}`);
  }
}

export function quatToMatrix(q: Quat): [Vec3, Vec3, Vec3] {
  const [x, y, z, w] = q;
  return [
    [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
    [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
    [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
  ];
}

/** Shepperd's method: numerically stable for every rotation. Returns w >= 0. */
export function matrixToQuat(R: readonly (readonly number[])[]): Quat {
  const m = (i: number, j: number): number => R[i]![j]!;
  const tr = m(0, 0) + m(1, 1) + m(2, 2);
  let x: number, y: number, z: number, w: number;
  if (tr > 0) {
    const s = Math.sqrt(tr + 1) * 2;
    w = 0.25 * s;
    x = (m(2, 1) - m(1, 2)) / s;
    y = (m(0, 2) - m(2, 0)) / s;
    z = (m(1, 0) - m(0, 1)) / s;
  } else if (m(0, 0) > m(1, 1) && m(0, 0) > m(2, 2)) {
    const s = Math.sqrt(1 + m(0, 0) - m(1, 1) - m(2, 2)) * 2;
    w = (m(2, 1) - m(1, 2)) / s;
    x = 0.25 * s;
    y = (m(0, 1) + m(1, 0)) / s;
    z = (m(0, 2) + m(2, 0)) / s;
  } else if (m(1, 1) > m(2, 2)) {
    const s = Math.sqrt(1 + m(1, 1) - m(0, 0) - m(2, 2)) * 2;
    w = (m(0, 2) - m(2, 0)) / s;
    x = (m(0, 1) + m(1, 0)) / s;
    y = 0.25 * s;
    z = (m(1, 2) + m(2, 1)) / s;
  } else {
    const s = Math.sqrt(1 + m(2, 2) - m(0, 0) - m(1, 1)) * 2;
    w = (m(1, 0) - m(0, 1)) / s;
    x = (m(0, 2) + m(2, 0)) / s;
    y = (m(1, 2) + m(2, 1)) / s;
    z = 0.25 * s;
  }
  const n = Math.hypot(x, y, z, w);
  const sign = w < 0 ? -1 : 1;
  return [(sign * x) / n, (sign * y) / n, (sign * z) / n, (sign * w) / n];
}

function quatMul(a: Quat, b: Quat): Quat {
  const [ax, ay, az, aw] = a;
  const [bx, by, bz, bw] = b;
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

function rotate(R: readonly Vec3[], v: Vec3): Vec3 {
  return [
    R[0]![0] * v[0] + R[0]![1] * v[1] + R[0]![2] * v[2],
    R[1]![0] * v[0] + R[1]![1] * v[1] + R[1]![2] * v[2],
    R[2]![0] * v[0] + R[2]![1] * v[1] + R[2]![2] * v[2],
  ];
}

function rotateTransposed(R: readonly Vec3[], v: Vec3): Vec3 {
  return [
    R[0]![0] * v[0] + R[1]![0] * v[1] + R[2]![0] * v[2],
    R[0]![1] * v[0] + R[1]![1] * v[1] + R[2]![1] * v[2],
    R[0]![2] * v[0] + R[1]![2] * v[1] + R[2]![2] * v[2],
  ];
}

/** Precomputed pieces of a base frame for the two per-message mappings. */
export class BaseFrameMap {
  readonly transform: RigidTransform;
  private readonly q: Quat;
  private readonly qInv: Quat;

  constructor(transform: RigidTransform) {
    this.transform = transform;
    this.q = matrixToQuat(transform.rotation);
    this.qInv = [-this.q[0], -this.q[1], -this.q[2], this.q[3]];
  }

  /** A pose in the parent frame (as the arm publishes measured_cp) -> the same pose in the RCM frame. */
  toLocal(parent: Pose): Pose {
    const t = this.transform.translation;
    const d: Vec3 = [parent.position[0] - t[0], parent.position[1] - t[1], parent.position[2] - t[2]];
    return { position: rotateTransposed(this.transform.rotation, d), orientation: normalise(quatMul(this.qInv, parent.orientation)) };
  }

  /** A pose in the RCM frame (as the core commands it) -> the parent frame the arm takes servo_cp in. */
  toParent(local: Pose): Pose {
    const r = rotate(this.transform.rotation, local.position);
    const t = this.transform.translation;
    return { position: [r[0] + t[0], r[1] + t[1], r[2] + t[2]], orientation: normalise(quatMul(this.q, local.orientation)) };
  }
}

function normalise(q: Quat): Quat {
  const n = Math.hypot(q[0], q[1], q[2], q[3]);
  return [q[0] / n, q[1] / n, q[2] / n, q[3] / n];
}
