// Several arms in the console (protocol 1.1): Telemetry.arms read into per-arm views, and the frames
// that relate them. Each arm reports its poses in its own base frame and its base frame in the cart
// frame; the hands live in the console frame, which is the camera's (the ECM lens as the dVRK reports it,
// the ISI convention the surgeon's console shares: x to the LEFT of the picture, y up, z forward, away
// from the surgeon) when the agent drives a camera arm, as on a da Vinci where "right" on the console is
// right in the picture, and the cart frame otherwise. Pure: no DOM, no three.js.
import { qConj, qMul, qNormalize, type Pose, type Quat } from '@farhand/latency-core';
import { farhand, supervisorStateName } from '@farhand/protocol';
import { poseCompose, poseInvert } from '../geom.js';
import { poseFromWire } from '../net/wire.js';
import type { Roster, RosterArm } from '../motion-out.js';

export interface ArmStateView {
  armId: number;
  name: string;
  kind: RosterArm['kind'];
  state: string;
  reason: string;
  operatingState: string;
  measured: Pose | null;
  setpoint: Pose | null;
  master: Pose | null;
  measuredJs: number[];
  jawMeasuredRad: number;
  jawSetpointRad: number;
  /** The arm's base in the cart frame (null: not reported). */
  base: Pose | null;
}

/** Telemetry.arms, named by the roster; arms the Welcome did not list are named by id. */
export function armsFromTelemetry(t: Pick<farhand.v1.ITelemetry, 'arms'>, roster: Roster): ArmStateView[] {
  const out: ArmStateView[] = [];
  for (const a of t.arms ?? []) {
    const id = a.arm_id ?? 0;
    const r = roster.arms.find((x) => x.armId === id);
    out.push({
      armId: id,
      name: r?.name ?? `arm ${id}`,
      kind: r?.kind ?? 'INSTRUMENT',
      state: supervisorStateName(a.state ?? 0) ?? 'UNKNOWN',
      reason: a.reason ?? '',
      operatingState: farhand.v1.ArmOperatingState[a.operating_state ?? 0] ?? 'ARM_STATE_UNSPECIFIED',
      measured: poseFromWire(a.measured_cp),
      setpoint: poseFromWire(a.setpoint_cp),
      master: poseFromWire(a.master_cp),
      measuredJs: (a.measured_js ?? []).slice(),
      jawMeasuredRad: a.jaw_measured_rad ?? NaN,
      jawSetpointRad: a.jaw_setpoint_rad ?? NaN,
      base: poseFromWire(a.base_frame),
    });
  }
  return out;
}

/** The camera (ECM lens) in the cart frame: its base composed with its measured pose; null if unknown. */
export function cameraInCart(ecm: ArmStateView | null | undefined): Pose | null {
  if (!ecm?.base || !ecm.measured) return null;
  return poseCompose(ecm.base, ecm.measured);
}

/**
 * Rotation taking vectors in a given frame to the console frame: the camera frame when the camera's pose
 * is known, else the cart frame. `fromInCart`: the given frame's orientation in the cart.
 */
export function toConsoleRotation(fromInCart: Quat, camera: Pose | null): Quat {
  return camera ? qNormalize(qMul(qConj(camera.orientation), fromInCart)) : fromInCart;
}

/** An instrument's measured orientation in the console frame (what its hand aligns to); null if unknown. */
export function toolInConsole(arm: ArmStateView, camera: Pose | null): Quat | null {
  if (!arm.base || !arm.measured) return null;
  return toConsoleRotation(poseCompose(arm.base, arm.measured).orientation, camera);
}

/** `b` expressed in frame `a` (both in the cart): a⁻¹ ∘ b. */
export function relativePose(a: Pose, b: Pose): Pose {
  return poseCompose(poseInvert(a), b);
}
