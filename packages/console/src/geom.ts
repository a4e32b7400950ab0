// The few rotation helpers the pages need that latency-core's math does not have: a rotation about a
// (not necessarily unit) axis, as the input mappings build them from view axes, and composing and
// inverting poses (arm base frames in the cart, the camera).
import { qConj, qFromRotVec, qIdentity, qMul, qNormalize, qRotate, vNorm, vScale, type Pose, type Quat, type Vec3 } from '@farhand/latency-core';

/** Rotation of `angleRad` about `axis`; a zero or non-finite axis gives the identity. */
export function qAxisAngle(axis: Vec3, angleRad: number): Quat {
  const n = vNorm(axis);
  if (!(n > 1e-12) || !Number.isFinite(n) || !Number.isFinite(angleRad) || angleRad === 0) return qIdentity();
  return qFromRotVec(vScale(axis, angleRad / n));
}

/** a ∘ b: the pose b (given in frame a) in a's parent frame. */
export function poseCompose(a: Pose, b: Pose): Pose {
  const p = qRotate(a.orientation, b.position);
  return { position: [a.position[0] + p[0], a.position[1] + p[1], a.position[2] + p[2]], orientation: qNormalize(qMul(a.orientation, b.orientation)) };
}

/** The inverse transform of a pose. */
export function poseInvert(a: Pose): Pose {
  const qi = qConj(a.orientation);
  const p = qRotate(qi, a.position);
  return { position: [-p[0], -p[1], -p[2]], orientation: qi };
}
