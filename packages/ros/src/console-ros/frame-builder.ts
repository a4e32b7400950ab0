// The console's state at one pacer tick -> one protocol 1.1 MotionFrame. Pure: time and state come in as
// arguments, so every rule here is tested without ROS or sockets.
//
// The safety rule: a lost input never moves the arm. A hand whose newest measured_cp or gripper reading is
// older than `maxInputAgeNs`, a pedal publisher that is gone, or a dead-man pedal not held all send
// operator_present = false (the agent decelerates and holds; it resumes, re-anchored, when fresh input
// with operator_present returns). The pose in such a frame is the last valid one: the agent does not follow
// a frame without operator_present, and an absolute pose costs nothing when it is repeated.
import type { Pose } from '@farhand/latency-core';
import type { farhand } from '@farhand/protocol';
import type { MtmSide, PedalName } from './inputs.js';

export interface HandInput {
  /** Newest valid pose in the console frame, or null before the first. */
  pose: Pose | null;
  /** Monotonic receive time of `pose`, ns (-Infinity before the first). */
  poseNs: number;
  /** Newest grip 0..1, or null before the first gripper reading. */
  grip: number | null;
  gripNs: number;
}

export interface ConsoleInput {
  hands: Record<MtmSide, HandInput>;
  /** Pedal held now (the last event said PRESSED and its publisher is still connected). */
  pedals: Record<PedalName, boolean>;
}

/** Which MTM drives which arm. Two hands: MTMR -> first instrument, MTML -> second. */
export type HandPlan =
  | { mode: 'two-hand'; hands: readonly { side: MtmSide; armId: number }[]; cameraArm: boolean }
  | { mode: 'single'; side: MtmSide; armId: number };

export interface ArmInfoLike {
  arm_id?: number | null;
  name?: string | null;
  kind?: number | null;
}

/** ArmKind.INSTRUMENT in farhand.v1 (1). Kept as a number so this module needs no runtime import. */
const INSTRUMENT = 1;
const CAMERA = 2;

/**
 * The plan from Welcome: two or more INSTRUMENT arms -> both MTMs (MTMR the first, MTML the second); one, or
 * no Welcome.arms at all (a protocol 1.0 or one-armed agent) -> single-hand frames from `singleSide` for
 * that instrument (or Welcome.arm_ids[0], else 0).
 */
export function planFromWelcome(arms: readonly ArmInfoLike[] | null | undefined, armIds: readonly number[] | null | undefined, singleSide: MtmSide): HandPlan {
  const instruments = (arms ?? []).filter((a) => a.kind === INSTRUMENT).map((a) => a.arm_id ?? 0);
  const cameraArm = (arms ?? []).some((a) => a.kind === CAMERA);
  if (instruments.length >= 2) {
    return { mode: 'two-hand', hands: [{ side: 'MTMR', armId: instruments[0]! }, { side: 'MTML', armId: instruments[1]! }], cameraArm };
  }
  const armId = instruments[0] ?? armIds?.[0] ?? 0;
  return { mode: 'single', side: singleSide, armId };
}

export function sidesOf(plan: HandPlan): MtmSide[] {
  return plan.mode === 'two-hand' ? plan.hands.map((h) => h.side) : [plan.side];
}

export type StaleReason = 'MTM_STALE' | 'GRIPPER_STALE' | 'NO_INPUT_YET';

export interface FrameDecision {
  /** null when a used hand has never had a pose (nothing to send yet). */
  motion: farhand.v1.MotionFrame.$Properties | null;
  /** operator_present as sent. */
  present: boolean;
  /** Why input was not fresh (first offending hand), or null. */
  stale: { reason: StaleReason; side: MtmSide; ageNs: number } | null;
}

export interface BuildOptions {
  seq: number;
  nowNs: number;
  /** Input older than this is stale (default 50 ms). */
  maxInputAgeNs: number;
}

function vec3f(p: Pose): farhand.v1.Vector3f.$Properties {
  return { x: p.position[0], y: p.position[1], z: p.position[2] };
}
function quatf(p: Pose): farhand.v1.Quaternionf.$Properties {
  return { x: p.orientation[0], y: p.orientation[1], z: p.orientation[2], w: p.orientation[3] };
}

export function buildFrame(input: ConsoleInput, plan: HandPlan, o: BuildOptions): FrameDecision {
  let stale: FrameDecision['stale'] = null;
  for (const side of sidesOf(plan)) {
    const h = input.hands[side];
    if (h.pose === null) return { motion: null, present: false, stale: { reason: 'NO_INPUT_YET', side, ageNs: Infinity } };
    const poseAge = o.nowNs - h.poseNs;
    const gripAge = h.grip === null ? Infinity : o.nowNs - h.gripNs;
    if (stale === null && poseAge > o.maxInputAgeNs) stale = { reason: 'MTM_STALE', side, ageNs: poseAge };
    if (stale === null && gripAge > o.maxInputAgeNs) stale = { reason: 'GRIPPER_STALE', side, ageNs: gripAge };
  }
  const present = stale === null && input.pedals.operatorPresent;
  const clutch = input.pedals.clutch;
  const base = { seq: o.seq, capture_time_ns: o.nowNs, operator_present: present };
  if (plan.mode === 'single') {
    const h = input.hands[plan.side];
    return {
      motion: { ...base, arm_id: plan.armId, position: vec3f(h.pose!), orientation: quatf(h.pose!), grip: h.grip ?? 0, clutch },
      present,
      stale,
    };
  }
  const hands = plan.hands.map(({ side, armId }) => {
    const h = input.hands[side];
    return { arm_id: armId, position: vec3f(h.pose!), orientation: quatf(h.pose!), grip: h.grip ?? 0, clutch };
  });
  return { motion: { ...base, hands, camera: input.pedals.camera }, present, stale };
}
