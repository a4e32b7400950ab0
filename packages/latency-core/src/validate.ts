// Semantic checks on everything that reaches the core from outside. The protocol layer has already
// decoded and range-checked; the core checks again because it is the last line before the arm and
// replay / third-party callers reach it without the protocol layer. Each returns null when valid,
// or what is wrong and what is accepted.
import type { ArmReading, MasterFrame } from './types.js';
import { poseIsValid } from './math/pose.js';

const OPERATING_STATES = new Set(['DISABLED', 'ENABLED', 'PAUSED', 'FAULT']);

function finite(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

export function frameProblem(f: MasterFrame | undefined | null): string | null {
  if (typeof f !== 'object' || f === null) return 'frame is missing';
  if (!finite(f.seq) || f.seq < 0 || !Number.isInteger(f.seq)) return `seq ${String(f.seq)}: expected a non-negative integer`;
  if (!finite(f.captureTimeNs)) return `captureTimeNs ${String(f.captureTimeNs)}: expected a finite number of ns`;
  if (!poseIsValid({ position: f.position, orientation: f.orientation }, 1e-3)) {
    return 'position/orientation: expected 3 finite numbers and a unit quaternion (norm within 1e-3 of 1)';
  }
  if (!finite(f.grip) || f.grip < 0 || f.grip > 1) return `grip ${String(f.grip)}: expected a number between 0 and 1`;
  if (typeof f.clutch !== 'boolean' || typeof f.operatorPresent !== 'boolean') return 'clutch/operatorPresent: expected booleans';
  if (f.camera !== undefined && typeof f.camera !== 'boolean') return 'camera: expected a boolean (or absent)';
  if (!finite(f.armId)) return `armId ${String(f.armId)}: expected an integer`;
  return null;
}

export function armReadingProblem(a: ArmReading | undefined | null): string | null {
  // Checked every tick: the common valid reading is recognised by straight-line code; anything else
  // (including the odd cases every() and the Set accept) gets the full checks and their message.
  if (armReadingPlainlyValid(a)) return null;
  return armReadingProblemChecked(a);
}

/**
 * True only when armReadingProblemChecked would return null: the same tests (same norm arithmetic),
 * but dense arrays of finite numbers only. False means "not shown valid here", not "invalid".
 */
function armReadingPlainlyValid(a: ArmReading | undefined | null): boolean {
  if (typeof a !== 'object' || a === null || !finite(a.timeNs) || !finite(a.jaw_measured_rad)) return false;
  const st = a.operating_state;
  if (st !== 'ENABLED' && st !== 'DISABLED' && st !== 'PAUSED' && st !== 'FAULT') return false;
  const cp = a.measured_cp;
  if (typeof cp !== 'object' || cp === null) return false;
  const p = cp.position;
  if (!Array.isArray(p) || p.length !== 3 || !finite(p[0]) || !finite(p[1]) || !finite(p[2])) return false;
  const q = cp.orientation;
  if (!Array.isArray(q) || q.length !== 4 || !finite(q[0]) || !finite(q[1]) || !finite(q[2]) || !finite(q[3])) return false;
  if (!(Math.abs(Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2] + q[3] * q[3]) - 1) <= 1e-3)) return false;
  const js = a.measured_js;
  if (!Array.isArray(js)) return false;
  for (let i = 0; i < js.length; i++) if (!finite(js[i])) return false;
  return true;
}

function armReadingProblemChecked(a: ArmReading | undefined | null): string | null {
  if (typeof a !== 'object' || a === null) return 'arm reading is missing';
  if (!finite(a.timeNs)) return `timeNs ${String(a.timeNs)}: expected a finite number of ns`;
  if (!poseIsValid(a.measured_cp, 1e-3)) return 'measured_cp: expected 3 finite numbers and a unit quaternion (norm within 1e-3 of 1)';
  if (!finite(a.jaw_measured_rad)) return `jaw_measured_rad ${String(a.jaw_measured_rad)}: expected a finite number`;
  if (!OPERATING_STATES.has(a.operating_state)) return `operating_state ${String(a.operating_state)}: expected DISABLED, ENABLED, PAUSED or FAULT`;
  if (!Array.isArray(a.measured_js) || !a.measured_js.every(finite)) return 'measured_js: expected finite numbers';
  return null;
}
