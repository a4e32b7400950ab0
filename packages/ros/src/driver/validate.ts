// Every ROS message is input from outside: checked field by field before it can become a measurement.
// A message that fails says what was wrong and what is accepted; the driver turns that into ARM_BAD_MESSAGE.
import type { OperatingState, Pose } from '@farhand/latency-core';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Header stamp in seconds (ROS time of the sample), NaN when the header is unusable. */
export function stampS(msg: unknown): number {
  const h = (msg as { header?: { stamp?: { sec?: unknown; nsec?: unknown } } } | null)?.header?.stamp;
  if (!h || typeof h.sec !== 'number' || typeof h.nsec !== 'number') return NaN;
  return h.sec + h.nsec * 1e-9;
}

function isArrayLikeOfNumbers(v: unknown): v is ArrayLike<number> {
  if (v instanceof Float64Array || v instanceof Float32Array) return true;
  return Array.isArray(v) && v.every((x) => typeof x === 'number');
}

/** sensor_msgs/JointState -> positions, exactly `count` of them, all finite. */
export function parseJointPositions(msg: unknown, count: number): Parsed<number[]> {
  const position = (msg as { position?: unknown } | null)?.position;
  if (!isArrayLikeOfNumbers(position)) {
    return { ok: false, reason: `position is not an array of float64 (expected ${count} joint positions)` };
  }
  if (position.length !== count) {
    return { ok: false, reason: `position has ${position.length} values, expected ${count}` };
  }
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const x = position[i]!;
    if (!Number.isFinite(x)) return { ok: false, reason: `position[${i}] is ${x}, expected a finite number` };
    out[i] = x;
  }
  return { ok: true, value: out };
}

/** A quaternion whose norm is off by more than this is refused rather than silently renormalised. */
const QUAT_NORM_TOLERANCE = 1e-3;

/** geometry_msgs/PoseStamped -> Pose (quaternion renormalised), finite and unit. */
export function parsePose(msg: unknown): Parsed<Pose> {
  const pose = (msg as { pose?: { position?: Record<string, unknown>; orientation?: Record<string, unknown> } } | null)?.pose;
  const p = pose?.position;
  const o = pose?.orientation;
  if (!p || !o) return { ok: false, reason: 'no pose.position / pose.orientation (expected a geometry_msgs/PoseStamped)' };
  const vals = [p['x'], p['y'], p['z'], o['x'], o['y'], o['z'], o['w']];
  const names = ['position.x', 'position.y', 'position.z', 'orientation.x', 'orientation.y', 'orientation.z', 'orientation.w'];
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      return { ok: false, reason: `pose.${names[i]} is ${String(v)}, expected a finite number` };
    }
  }
  const [x, y, z, qx, qy, qz, qw] = vals as number[];
  const n = Math.hypot(qx!, qy!, qz!, qw!);
  if (Math.abs(n - 1) > QUAT_NORM_TOLERANCE) {
    return { ok: false, reason: `pose.orientation has norm ${n.toPrecision(6)}, expected a unit quaternion (within ${QUAT_NORM_TOLERANCE})` };
  }
  return { ok: true, value: { position: [x!, y!, z!], orientation: [qx! / n, qy! / n, qz! / n, qw! / n] } };
}

export interface ParsedOperatingState {
  state: OperatingState;
  is_homed: boolean;
  is_busy: boolean;
}

const STATES: readonly OperatingState[] = ['DISABLED', 'ENABLED', 'PAUSED', 'FAULT'];

/** crtk_msgs/OperatingState (or the older operating_state): one of the four CRTK states. */
export function parseOperatingState(msg: unknown): Parsed<ParsedOperatingState> {
  const m = msg as { state?: unknown; is_homed?: unknown; is_busy?: unknown } | null;
  const state = m?.state;
  if (typeof state !== 'string' || !(STATES as readonly string[]).includes(state)) {
    return { ok: false, reason: `state is ${JSON.stringify(state)}, expected one of ${STATES.join(', ')}` };
  }
  if (typeof m?.is_homed !== 'boolean' || typeof m.is_busy !== 'boolean') {
    return { ok: false, reason: 'is_homed / is_busy are not booleans' };
  }
  return { ok: true, value: { state: state as OperatingState, is_homed: m.is_homed, is_busy: m.is_busy } };
}
