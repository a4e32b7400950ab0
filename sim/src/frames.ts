// Rigid frames (rotation + translation) as the kinematics speak them: compose, invert, apply, and the
// 4x4 homogeneous matrices the dVRK configuration files write. Browser-safe, no imports at runtime.

import type { Vec3 } from '@farhand/latency-core';
import type { Mat3, RotationPose } from './math.js';

/** The identity frame. */
export function identityFrame(): RotationPose {
  return { position: [0, 0, 0], rotation: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] };
}

/** a * b: b expressed in a's parent frame (b's parent is a). */
export function composeFrames(a: RotationPose, b: RotationPose): RotationPose {
  const A = a.rotation, B = b.rotation;
  const rotation: Mat3 = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) rotation[i]![j] = A[i]![0]! * B[0]![j]! + A[i]![1]! * B[1]![j]! + A[i]![2]! * B[2]![j]!;
  }
  return { position: transformPoint(a, b.position), rotation };
}

/** The inverse frame: [R^T | -R^T p]. */
export function invertFrame(a: RotationPose): RotationPose {
  const R = a.rotation, p = a.position;
  const rotation: Mat3 = [
    [R[0]![0]!, R[1]![0]!, R[2]![0]!],
    [R[0]![1]!, R[1]![1]!, R[2]![1]!],
    [R[0]![2]!, R[1]![2]!, R[2]![2]!],
  ];
  const position: Vec3 = [
    -(rotation[0]![0]! * p[0] + rotation[0]![1]! * p[1] + rotation[0]![2]! * p[2]),
    -(rotation[1]![0]! * p[0] + rotation[1]![1]! * p[1] + rotation[1]![2]! * p[2]),
    -(rotation[2]![0]! * p[0] + rotation[2]![1]! * p[1] + rotation[2]![2]! * p[2]),
  ];
  return { position, rotation };
}

/** The point p (in a's child frame) in a's parent frame. */
export function transformPoint(a: RotationPose, p: readonly number[]): Vec3 {
  const R = a.rotation, t = a.position;
  return [
    R[0]![0]! * p[0]! + R[0]![1]! * p[1]! + R[0]![2]! * p[2]! + t[0],
    R[1]![0]! * p[0]! + R[1]![1]! * p[1]! + R[1]![2]! * p[2]! + t[1],
    R[2]![0]! * p[0]! + R[2]![1]! * p[1]! + R[2]![2]! * p[2]! + t[2],
  ];
}

/** A direction (no translation) in a's parent frame. */
export function rotateVector(a: RotationPose, v: readonly number[]): Vec3 {
  const R = a.rotation;
  return [
    R[0]![0]! * v[0]! + R[0]![1]! * v[1]! + R[0]![2]! * v[2]!,
    R[1]![0]! * v[0]! + R[1]![1]! * v[1]! + R[1]![2]! * v[2]!,
    R[2]![0]! * v[0]! + R[2]![1]! * v[1]! + R[2]![2]! * v[2]!,
  ];
}

/** A 4x4 (or 3x4) row-major homogeneous matrix -> frame. The rotation is taken as written (not re-orthonormalised). */
export function frameFromMatrix(m: readonly (readonly number[])[]): RotationPose {
  return {
    position: [m[0]![3]!, m[1]![3]!, m[2]![3]!],
    rotation: [
      [m[0]![0]!, m[0]![1]!, m[0]![2]!],
      [m[1]![0]!, m[1]![1]!, m[1]![2]!],
      [m[2]![0]!, m[2]![1]!, m[2]![2]!],
    ],
  };
}

/** Frame -> 4x4 row-major homogeneous matrix. */
export function frameToMatrix(f: RotationPose): number[][] {
  const R = f.rotation, p = f.position;
  return [
    [R[0]![0]!, R[0]![1]!, R[0]![2]!, p[0]],
    [R[1]![0]!, R[1]![1]!, R[1]![2]!, p[1]],
    [R[2]![0]!, R[2]![1]!, R[2]![2]!, p[2]],
    [0, 0, 0, 1],
  ];
}
