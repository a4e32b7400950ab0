// The one rotation helper the pages need that latency-core's math does not have: a rotation about a
// (not necessarily unit) axis, as the input mappings build them from view axes.
import { qFromRotVec, qIdentity, vNorm, vScale, type Quat, type Vec3 } from '@farhand/latency-core';

/** Rotation of `angleRad` about `axis`; a zero or non-finite axis gives the identity. */
export function qAxisAngle(axis: Vec3, angleRad: number): Quat {
  const n = vNorm(axis);
  if (!(n > 1e-12) || !Number.isFinite(n) || !Number.isFinite(angleRad) || angleRad === 0) return qIdentity();
  return qFromRotVec(vScale(axis, angleRad / n));
}
