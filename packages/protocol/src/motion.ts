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
}

/** |q| must be within this of 1 (the wire carries float32, ~1e-7 relative; senders normalise). */
export const QUATERNION_NORM_TOLERANCE = 1e-3;
/** Default bound on each master position component, m: far beyond any hand or device workspace. */
export const DEFAULT_MAX_MASTER_POSITION_M = 10;

export interface MotionValidationOptions {
  /** The agent's arms (Welcome.arm_ids). Absent: any arm_id is accepted. */
  armIds?: readonly number[];
  /** Bound on |x|, |y|, |z| of the master position, m (default DEFAULT_MAX_MASTER_POSITION_M). */
  maxPositionM?: number;
}

export type MotionCheck = { ok: true; frame: MasterFrame } | Refusal;

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

  const p = m.position;
  if (p == null) return refuse('MISSING', 'position', 'position is missing; a MotionFrame carries the absolute master position, m.');
  const position: Vec3 = [0, 0, 0];
  for (let i = 0; i < 3; i++) {
    const [axis, field] = POSITION_FIELDS[i]!;
    const v = finite(p[axis], field, 'a position in m');
    if (isRefusal(v)) return v;
    if (Math.abs(v) > maxPos) {
      return refuse('OUT_OF_RANGE', field, `${field} is ${fmt(v)} m; accepted: -${maxPos} .. ${maxPos} m.`);
    }
    position[i] = v;
  }

  const q = m.orientation;
  if (q == null) {
    return refuse('MISSING', 'orientation', 'orientation is missing; a MotionFrame carries the absolute master orientation, a unit quaternion (x, y, z, w).');
  }
  const qx = finite(q.x, 'orientation.x', 'a quaternion component');
  if (isRefusal(qx)) return qx;
  const qy = finite(q.y, 'orientation.y', 'a quaternion component');
  if (isRefusal(qy)) return qy;
  const qz = finite(q.z, 'orientation.z', 'a quaternion component');
  if (isRefusal(qz)) return qz;
  const qw = finite(q.w, 'orientation.w', 'a quaternion component');
  if (isRefusal(qw)) return qw;
  const norm = Math.sqrt(qx * qx + qy * qy + qz * qz + qw * qw);
  if (!(Math.abs(norm - 1) <= QUATERNION_NORM_TOLERANCE)) {
    return refuse(
      'BAD_QUATERNION',
      'orientation',
      `orientation has norm ${fmt(norm)}; accepted: a unit quaternion (x, y, z, w) with norm within ${QUATERNION_NORM_TOLERANCE} of 1.`,
    );
  }

  const grip = finite(m.grip, 'grip', 'grip');
  if (isRefusal(grip)) return grip;
  if (grip < 0 || grip > 1) return refuse('OUT_OF_RANGE', 'grip', `grip is ${fmt(grip)}; accepted: 0 (open) .. 1 (closed).`);

  return {
    ok: true,
    frame: {
      armId,
      seq,
      captureTimeNs,
      position,
      orientation: [qx / norm, qy / norm, qz / norm, qw / norm],
      grip,
      // Anything but a literal true is "not pressed" / "not present": the safe reading of a dead-man.
      clutch: m.clutch === true,
      operatorPresent: m.operator_present === true,
    },
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
