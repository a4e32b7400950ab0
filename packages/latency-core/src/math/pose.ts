// Pose helpers: copies, interpolation (lerp + slerp) and distances.
import type { Pose } from '../types.js';
import { vCopy, vDist, vLerp, vIsFinite } from './vec3.js';
import { qAngleBetween, qCopy, qIsFinite, qNorm, qSlerp } from './quat.js';

export function poseCopy(p: Pose): Pose {
  return { position: vCopy(p.position), orientation: qCopy(p.orientation) };
}

/** Interpolates a -> b at t in [0, 1]: lerp for position, slerp for orientation. */
export function poseInterpolate(a: Pose, b: Pose, t: number): Pose {
  return { position: vLerp(a.position, b.position, t), orientation: qSlerp(a.orientation, b.orientation, t) };
}

/** Translation distance (m) and rotation angle (rad) between two poses. */
export function poseDistance(a: Pose, b: Pose): { linearM: number; angularRad: number } {
  return { linearM: vDist(a.position, b.position), angularRad: qAngleBetween(a.orientation, b.orientation) };
}

/** True when every number is finite and the quaternion is unit within tol. */
export function poseIsValid(p: unknown, unitTol = 1e-3): p is Pose {
  if (typeof p !== 'object' || p === null) return false;
  const q = p as Partial<Pose>;
  if (!vIsFinite(q.position as number[]) || !qIsFinite(q.orientation as number[])) return false;
  return Math.abs(qNorm(q.orientation as Pose['orientation']) - 1) <= unitTol;
}
