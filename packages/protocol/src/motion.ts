// MotionFrame: semantic validation on the way in (the wire form becomes the core's MasterFrame only
// through validateMotionFrame; there is deliberately no unchecked path) and conversion on the way out.
import type { farhand } from './gen/farhand.js';
import { exactUint, finite, fmt, isRefusal, refuse, timeNs, type Refusal } from './refusal.js';

// Structurally identical to latency-core's Vec3, Quat and MasterFrame (packages/latency-core/src/types.ts).
// Redeclared because protocol depends on nothing of ours; test/protocol-core-types.test.ts checks that
// the two stay assignable both ways.

/** [x, y, z] in metres. */
export type Vec3 = [number, number, number];
/** Unit quaternion [x, y, z, w], Hamilton convention. */
export type Quat = [number, number, number, number];

/** A validated motion frame as the core sees it. */
export interface MasterFrame {
  armId: number;
  seq: number;
  /** Capture time on the sender's monotonic clock, ns. */
  captureTimeNs: number;
  /** Master (hand) position, m, console frame. */
  position: Vec3;
  /** Master orientation, unit quaternion. */
  orientation: Quat;
  /** 0 open .. 1 closed. */
  grip: number;
  clutch: boolean;
  operatorPresent: boolean;
  /** Camera pedal (protocol 1.1); absent for one-armed clients. */
  camera?: boolean;
}

/** |q| must be within this of 1 (the wire carries float32, ~1e-7 relative; senders normalise). */
export const QUATERNION_NORM_TOLERANCE = 1e-3;
/** Default bound on each master position component, m: far beyond any hand or device workspace. */
export const DEFAULT_MAX_MASTER_POSITION_M = 10;

export interface MotionValidationOptions {
  /** The agent's arms (Welcome.arm_ids). Absent: any arm_id is accepted. */
  armIds?: readonly number[];
  /** The agent's arms with their kind (Welcome.arms, protocol 1.1): a hand may drive only an INSTRUMENT. */
  arms?: readonly { armId: number; name: string; kind: 'INSTRUMENT' | 'CAMERA' }[];
  /** Bound on |x|, |y|, |z| of the master position, m (default DEFAULT_MAX_MASTER_POSITION_M). */
  maxPositionM?: number;
}

/**
 * `frame`: a single-hand frame, or for a two-handed one the hand of the first arm listed (the agent's
 * arm 0, else the first hand) with its clutch pressed while the camera pedal is (a one-armed agent then
 * holds its instrument in camera mode). `hands`: present for a two-handed frame.
 */
export type MotionCheck = { ok: true; frame: MasterFrame; hands?: HandsFrame } | Refusal;

type WireMotion = farhand.v1.MotionFrame.$Properties;

const POSITION_FIELDS = [['x', 'position.x'], ['y', 'position.y'], ['z', 'position.z']] as const;

/**
 * Validates a decoded MotionFrame and converts it to a MasterFrame: numbers finite, position within
 * bounds, orientation a unit quaternion within QUATERNION_NORM_TOLERANCE (returned normalised), grip in
 * [0, 1], seq exact (<= 2^53 - 1), arm known. Any refusal names the field and what is accepted.
 */
export function validateMotionFrame(m: WireMotion | null | undefined, options: MotionValidationOptions = {}): MotionCheck {
  if (m == null) return refuse('MISSING', 'motion', 'The Envelope has no MotionFrame.');
  const maxPos = options.maxPositionM ?? DEFAULT_MAX_MASTER_POSITION_M;
  if (Array.isArray(m.hands) && m.hands.length > 0) return validateHandsFrame(m, options);

  const armId = m.arm_id ?? 0;
  if (typeof armId !== 'number' || !Number.isInteger(armId) || armId < 0) {
    return refuse('OUT_OF_RANGE', 'arm_id', `arm_id is ${fmt(armId)}; it must be a non-negative integer.`);
  }
  if (options.armIds && !options.armIds.includes(armId)) {
    return refuse('UNKNOWN_ARM', 'arm_id', `arm_id ${armId} is not an arm of this agent; accepted: ${options.armIds.join(', ')}.`);
  }
  const seq = exactUint(m.seq, 'seq');
  if (isRefusal(seq)) return seq;
  const captureTimeNs = timeNs(m.capture_time_ns, 'capture_time_ns');
  if (isRefusal(captureTimeNs)) return captureTimeNs;

  const hand = validateHandPose(m, '', maxPos);
  if (isRefusal(hand)) return hand;
  const { position, orientation, grip } = hand;

  return {
    ok: true,
    frame: {
      armId,
      seq,
      captureTimeNs,
      position,
      orientation,
      grip,
      // Anything but a literal true is "not pressed" / "not present": the safe reading of a dead-man.
      // A one-armed client's camera pedal holds its instrument (nothing else would honour it).
      clutch: m.clutch === true || m.camera === true,
      operatorPresent: m.operator_present === true,
      ...(m.camera === true ? { camera: true } : {}),
    },
  };
}

/** A two-handed frame (protocol 1.1 MotionFrame.hands), validated. */
export interface HandsFrame {
  seq: number;
  captureTimeNs: number;
  operatorPresent: boolean;
  camera: boolean;
  hands: { armId: number; position: Vec3; orientation: Quat; grip: number; clutch: boolean }[];
}

/** At most this many hands in one frame (a dVRK has at most three instruments). */
export const MAX_HANDS = 4;

interface PoseFields {
  position?: farhand.v1.Vector3f.$Properties | null;
  orientation?: farhand.v1.Quaternionf.$Properties | null;
  grip?: number | null;
}

/** Position, orientation and grip of one hand (the frame itself, prefix '', or hands[i], prefix 'hands[i].'). */
function validateHandPose(m: PoseFields, prefix: string, maxPos: number): Refusal | { position: Vec3; orientation: Quat; grip: number } {
  const p = m.position;
  if (p == null) return refuse('MISSING', `${prefix}position`, `${prefix}position is missing; a MotionFrame carries the absolute master position, m.`);
  const position: Vec3 = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    const [axis, bare] = POSITION_FIELDS[i]!;
    const field = `${prefix}${bare}`;
    const v = finite(p[axis], field, 'a position in m');
    if (isRefusal(v)) return v;
    if (Math.abs(v) > maxPos) {
      return refuse('OUT_OF_RANGE', field, `${field} is ${fmt(v)} m; accepted: -${maxPos} .. ${maxPos} m.`);
    }
    position[i] = v;
  }

  const q = m.orientation;
  if (q == null) {
    return refuse('MISSING', `${prefix}orientation`, `${prefix}orientation is missing; a MotionFrame carries the absolute master orientation, a unit quaternion (x, y, z, w).`);
  }
  const qx = finite(q.x, `${prefix}orientation.x`, 'a quaternion component');
  if (isRefusal(qx)) return qx;
  const qy = finite(q.y, `${prefix}orientation.y`, 'a quaternion component');
  if (isRefusal(qy)) return qy;
  const qz = finite(q.z, `${prefix}orientation.z`, 'a quaternion component');
  if (isRefusal(qz)) return qz;
  const qw = finite(q.w, `${prefix}orientation.w`, 'a quaternion component');
  if (isRefusal(qw)) return qw;
  const norm = Math.sqrt(qx * qx + qy * qy + qz * qz + qw * qw);
  if (!(Math.abs(norm - 1) <= QUATERNION_NORM_TOLERANCE)) {
    return refuse(
      'BAD_QUATERNION',
      `${prefix}orientation`,
      `${prefix}orientation has norm ${fmt(norm)}; accepted: a unit quaternion (x, y, z, w) with norm within ${QUATERNION_NORM_TOLERANCE} of 1.`,
    );
  }

  const grip = finite(m.grip, `${prefix}grip`, `${prefix}grip`);
  if (isRefusal(grip)) return grip;
  if (grip < 0 || grip > 1) return refuse('OUT_OF_RANGE', `${prefix}grip`, `${prefix}grip is ${fmt(grip)}; accepted: 0 (open) .. 1 (closed).`);

  return { position, orientation: [qx / norm, qy / norm, qz / norm, qw / norm], grip };
}

function validateHandsFrame(m: WireMotion, options: MotionValidationOptions): MotionCheck {
  const maxPos = options.maxPositionM ?? DEFAULT_MAX_MASTER_POSITION_M;
  const single: string[] = [];
  if ((m.arm_id ?? 0) !== 0) single.push('arm_id');
  if (m.position != null) single.push('position');
  if (m.orientation != null) single.push('orientation');
  if ((m.grip ?? 0) !== 0) single.push('grip');
  if (m.clutch === true) single.push('clutch');
  if (single.length > 0) {
    return refuse('BAD_HANDS', single[0]!, `The frame sets both hands and the single-hand field${single.length > 1 ? 's' : ''} ${single.join(', ')}; accepted: either hands (protocol 1.1) or the single-hand fields, not both.`);
  }
  const list = m.hands!;
  if (list.length > MAX_HANDS) return refuse('BAD_HANDS', 'hands', `The frame has ${list.length} hands; accepted: 1 to ${MAX_HANDS}, one per instrument.`);
  const seq = exactUint(m.seq, 'seq');
  if (isRefusal(seq)) return seq;
  const captureTimeNs = timeNs(m.capture_time_ns, 'capture_time_ns');
  if (isRefusal(captureTimeNs)) return captureTimeNs;
  const hands: HandsFrame['hands'] = [];
  for (let i = 0; i < list.length; i++) {
    const h = list[i];
    const at = `hands[${i}]`;
    if (h == null) return refuse('MISSING', at, `${at} is missing.`);
    const armId = h.arm_id ?? 0;
    if (typeof armId !== 'number' || !Number.isInteger(armId) || armId < 0) return refuse('OUT_OF_RANGE', `${at}.arm_id`, `${at}.arm_id is ${fmt(armId)}; it must be a non-negative integer.`);
    if (options.armIds && !options.armIds.includes(armId)) {
      return refuse('UNKNOWN_ARM', `${at}.arm_id`, `${at}.arm_id ${armId} is not an arm of this agent; accepted: ${options.armIds.join(', ')}.`);
    }
    const info = options.arms?.find((a) => a.armId === armId);
    if (options.arms && !info) {
      return refuse('UNKNOWN_ARM', `${at}.arm_id`, `${at}.arm_id ${armId} is not an arm of this agent; accepted: ${options.arms.filter((a) => a.kind === 'INSTRUMENT').map((a) => `${a.armId} (${a.name})`).join(', ')}.`);
    }
    if (info && info.kind !== 'INSTRUMENT') {
      return refuse('BAD_HANDS', `${at}.arm_id`, `${at}.arm_id ${armId} is ${info.name}, the camera arm: no hand drives it (hold MotionFrame.camera and both hands move it); accepted: ${options.arms!.filter((a) => a.kind === 'INSTRUMENT').map((a) => `${a.armId} (${a.name})`).join(', ')}.`);
    }
    if (hands.some((x) => x.armId === armId)) return refuse('BAD_HANDS', `${at}.arm_id`, `Two hands drive arm ${armId}; accepted: at most one hand per arm.`);
    const pose = validateHandPose(h, `${at}.`, maxPos);
    if (isRefusal(pose)) return pose;
    hands.push({ armId, position: pose.position, orientation: pose.orientation, grip: pose.grip, clutch: h.clutch === true });
  }
  const camera = m.camera === true;
  const operatorPresent = m.operator_present === true;
  const first = options.armIds?.[0] ?? options.arms?.[0]?.armId;
  const lead = hands.find((x) => x.armId === first) ?? hands[0]!;
  return {
    ok: true,
    frame: { armId: lead.armId, seq, captureTimeNs, position: lead.position, orientation: lead.orientation, grip: lead.grip, clutch: lead.clutch || camera, operatorPresent, ...(camera ? { camera: true } : {}) },
    hands: { seq, captureTimeNs, operatorPresent, camera, hands },
  };
}

/**
 * The wire form of a MasterFrame, for the sending side (console, tests, tools). The capture time is
 * rounded to whole ns. Throws a RangeError for a seq or time that uint64 cannot carry (negative,
 * fractional seq, non-finite): that is a bug in the sender, and encoding it would wrap silently.
 * Pose values are sent as they are: the receiving agent validates them.
 */
export function toMotionFrame(f: MasterFrame): WireMotion {
  if (!Number.isSafeInteger(f.seq) || f.seq < 0) throw new RangeError(`toMotionFrame: seq must be a non-negative safe integer, got ${f.seq}.`);
  if (!Number.isFinite(f.captureTimeNs) || f.captureTimeNs < 0) {
    throw new RangeError(`toMotionFrame: captureTimeNs must be a finite non-negative number of ns, got ${f.captureTimeNs}.`);
  }
  if (!Number.isInteger(f.armId) || f.armId < 0 || f.armId > 0xffffffff) {
    throw new RangeError(`toMotionFrame: armId must be a uint32, got ${f.armId}.`);
  }
  return {
    arm_id: f.armId,
    seq: f.seq,
    capture_time_ns: Math.round(f.captureTimeNs),
    position: { x: f.position[0], y: f.position[1], z: f.position[2] },
    orientation: { x: f.orientation[0], y: f.orientation[1], z: f.orientation[2], w: f.orientation[3] },
    grip: f.grip,
    clutch: f.clutch,
    operator_present: f.operatorPresent,
  };
}
