// Wire <-> page conversions for the few shapes the pages read. Absent proto3 sub-messages come back as
// null rather than as zeros, so "not reported" is never drawn as "at the origin".
import type { Pose, Quat, Vec3 } from '@farhand/latency-core';

interface WireVec { x?: number | null; y?: number | null; z?: number | null }
interface WireQuat extends WireVec { w?: number | null }
interface WirePose { position?: WireVec | null; orientation?: WireQuat | null }

export function vecFromWire(v: WireVec | null | undefined): Vec3 | null {
  if (!v) return null;
  const out: Vec3 = [v.x ?? 0, v.y ?? 0, v.z ?? 0];
  return out.every(Number.isFinite) ? out : null;
}

export function poseFromWire(p: WirePose | null | undefined): Pose | null {
  if (!p || !p.position || !p.orientation) return null;
  const position = vecFromWire(p.position);
  const o = p.orientation;
  const orientation: Quat = [o.x ?? 0, o.y ?? 0, o.z ?? 0, o.w ?? 0];
  const n = Math.hypot(...orientation);
  if (!position || !orientation.every(Number.isFinite) || Math.abs(n - 1) > 1e-3) return null;
  return { position, orientation };
}
