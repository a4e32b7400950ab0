// What a dVRK master console publishes, as Farhand reads it: the message definitions it needs beyond the arm
// driver's (sensor_msgs/Joy), the topic names of a dVRK 2.x console, and the checks every message passes
// before it can become a hand pose, a grip or a pedal state. A failed check says what was wrong and what is
// accepted; the caller logs it with a reason code and the value never reaches a frame.
import type { Pose } from '@farhand/latency-core';
import { parseJointPositions, parsePose, type Parsed } from '../driver/validate.js';

const SEPARATOR = '\n================================================================================\n';

/** sensor_msgs/Joy (github.com/ros/common_msgs, BSD-3-Clause): the dVRK's prmEventButton on ROS. */
export const JOY_TYPE = 'sensor_msgs/Joy';
export const JOY_DEF = ['Header header\nfloat32[] axes\nint32[] buttons', 'MSG: std_msgs/Header\nuint32 seq\ntime stamp\nstring frame_id'].join(SEPARATOR);

export type MtmSide = 'MTML' | 'MTMR';
export const MTM_SIDES: readonly MtmSide[] = ['MTML', 'MTMR'];

export type PedalName = 'clutch' | 'camera' | 'coag' | 'operatorPresent';
export const PEDAL_NAMES: readonly PedalName[] = ['clutch', 'camera', 'coag', 'operatorPresent'];

/**
 * dVRK 2.x topics (sawIntuitiveResearchKit wiki, API 2.x: "Foot pedals" and "Console"). The foot pedal tray
 * publishes /footpedals/{clutch,camera,coag,bicoag,cam_plus,cam_minus}; the console re-publishes its own view
 * of clutch, camera and operator presence under /console/. Operator presence is /console/operator_present:
 * the console derives it from the input its JSON names as "operator-present" (a head sensor, or by default
 * the COAG pedal used as a dead-man switch). dVRK 1.x's /dvrk/footpedals/operatorpresent does not exist
 * in 2.x; pass it with --operator-present-topic on an older console.
 */
export const DEFAULT_PEDAL_TOPICS: Readonly<Record<PedalName, string>> = {
  clutch: '/footpedals/clutch',
  camera: '/footpedals/camera',
  coag: '/footpedals/coag',
  operatorPresent: '/console/operator_present',
};

/** CRTK names under the MTM's namespace (dVRK >= 2.2: measured_cp is a geometry_msgs/PoseStamped). */
export function mtmTopics(side: MtmSide): { measuredCp: string; gripper: string } {
  return { measuredCp: `/${side}/measured_cp`, gripper: `/${side}/gripper/measured_js` };
}

/** A pedal event: the dVRK maps prmEventButton to Joy.buttons[0] = 1 pressed, 0 released, 2 clicked. */
export type PedalEvent = 'PRESSED' | 'RELEASED' | 'CLICKED';

/** sensor_msgs/Joy -> a pedal event; exactly one button, 0, 1 or 2 (the dVRK publishes one per pedal topic). */
export function parsePedal(msg: unknown): Parsed<PedalEvent> {
  const buttons = (msg as { buttons?: unknown } | null)?.buttons;
  const arr = buttons instanceof Int32Array ? Array.from(buttons) : Array.isArray(buttons) ? buttons : null;
  if (arr === null) return { ok: false, reason: 'buttons is not an int32 array (expected a sensor_msgs/Joy with buttons[0] = 0 released, 1 pressed, 2 clicked)' };
  if (arr.length < 1) return { ok: false, reason: 'buttons is empty; expected buttons[0] = 0 released, 1 pressed or 2 clicked' };
  const b = arr[0] as unknown;
  if (b === 0) return { ok: true, value: 'RELEASED' };
  if (b === 1) return { ok: true, value: 'PRESSED' };
  if (b === 2) return { ok: true, value: 'CLICKED' };
  return { ok: false, reason: `buttons[0] is ${String(b)}; expected 0 (released), 1 (pressed) or 2 (clicked)` };
}

/**
 * Gripper calibration: the MTM gripper's measured_js position (rad) -> Farhand's grip (0 open .. 1 closed).
 * Linear between `openRad` (grip 0) and `closedRad` (grip 1), clamped. The default is the dVRK teleop's:
 * 0 rad closed (the MTM's gripper calibration puts the pinched position at 0) to 60 deg (1.0472 rad) open,
 * the opening the dVRK PSM teleop maps to a fully open jaw. Measure yours with
 * `rostopic echo /MTMR/gripper/measured_js` (pinched, then fully open) and pass --gripper-open-rad and
 * --gripper-closed-rad.
 */
export interface GripperCalibration {
  closedRad: number;
  openRad: number;
}
export const DEFAULT_GRIPPER: GripperCalibration = { closedRad: 0, openRad: (60 * Math.PI) / 180 };

/** Angles beyond this from the calibration's range are refused as nonsense rather than clamped (rad). */
const GRIPPER_SLACK_RAD = 1.0;

export function gripFromAngle(angleRad: number, cal: GripperCalibration): number {
  const g = (angleRad - cal.openRad) / (cal.closedRad - cal.openRad);
  return Math.min(1, Math.max(0, g));
}

/** sensor_msgs/JointState with one finite position, within the calibration's range +- 1 rad -> grip. */
export function parseGripper(msg: unknown, cal: GripperCalibration): Parsed<number> {
  const p = parseJointPositions(msg, 1);
  if (!p.ok) return { ok: false, reason: `${p.reason} (the MTM gripper publishes one angle, rad)` };
  const a = p.value[0]!;
  const lo = Math.min(cal.closedRad, cal.openRad) - GRIPPER_SLACK_RAD;
  const hi = Math.max(cal.closedRad, cal.openRad) + GRIPPER_SLACK_RAD;
  if (a < lo || a > hi) {
    return { ok: false, reason: `gripper angle ${a.toFixed(4)} rad is outside ${lo.toFixed(3)}..${hi.toFixed(3)} rad (the calibration ${cal.closedRad}..${cal.openRad} rad +- ${GRIPPER_SLACK_RAD})` };
  }
  return { ok: true, value: gripFromAngle(a, cal) };
}

/** A measured_cp with the frame it was published in (header.frame_id). */
export interface FramedPose {
  pose: Pose;
  frameId: string;
}

export function parseFramedPose(msg: unknown): Parsed<FramedPose> {
  const p = parsePose(msg);
  if (!p.ok) return p;
  const frameId = (msg as { header?: { frame_id?: unknown } } | null)?.header?.frame_id;
  if (typeof frameId !== 'string') return { ok: false, reason: 'header.frame_id is not a string' };
  return { ok: true, value: { pose: p.value, frameId } };
}
