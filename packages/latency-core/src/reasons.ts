// Every reason code the core emits, with the sentence people read and its severity. The console HUD,
// the bedside monitor, the docs and the tests all use this one catalogue.
import type { Severity } from './types.js';

interface ReasonDef {
  sentence: string;
  severity: Severity;
}

const DEFS = {
  // Transitions of the supervisor
  STARTUP: { severity: 'INFO', sentence: 'The core started; the arm holds its pose.' },
  ENGAGED: { severity: 'INFO', sentence: "Engaged: the tool follows the surgeon's hand." },
  ENGAGE_PENDING: { severity: 'INFO', sentence: 'Engage accepted; waiting for the first playable motion frame.' },
  ENGAGE_TIMEOUT: { severity: 'WARNING', sentence: 'No playable motion frame arrived in time after engage; engage again.' },
  DISENGAGED: { severity: 'INFO', sentence: 'Disengaged: the arm holds its pose.' },
  CLUTCH_PRESSED: { severity: 'INFO', sentence: 'Clutch pressed: the tool holds while the hand repositions.' },
  CLUTCH_RELEASED: { severity: 'INFO', sentence: 'Clutch released: following resumes from the new hand position.' },
  RESUMED: { severity: 'INFO', sentence: 'Hold ended: following resumes from a re-anchored pose.' },
  RESUMED_CLUTCHED: { severity: 'INFO', sentence: 'Hold ended with the clutch pressed: the tool holds until the clutch is released.' },
  LINK_STALE: { severity: 'WARNING', sentence: 'No motion frame for the playout point: the arm decelerates to a hold.' },
  OPERATOR_ABSENT: { severity: 'WARNING', sentence: 'The operator is not present (dead-man released): the arm does not follow.' },
  LINK_LOSS_HIGH: { severity: 'WARNING', sentence: 'Motion frame loss is above the limit: the arm does not follow.' },
  LINK_DELAY_HIGH: { severity: 'WARNING', sentence: 'One-way delay is above the limit: the arm does not follow.' },
  CLOCK_SYNC_LOST: { severity: 'WARNING', sentence: 'Clock synchronisation with the console was lost: the arm does not follow.' },
  MISALIGNED: { severity: 'WARNING', sentence: 'Master and tool orientations differ by more than the tolerance: align the hand with the tool.' },
  CONTROLLER_CHANGED: { severity: 'WARNING', sentence: 'The controlling console changed or disconnected: the arm decelerates to a hold; a fresh engage is needed.' },
  ARM_NOT_ENABLED: { severity: 'WARNING', sentence: 'The arm is not enabled: it cannot follow.' },
  ARM_FAULT: { severity: 'ALARM', sentence: 'The arm reported a fault: latched until reset.' },
  ARM_READING_INVALID: { severity: 'ALARM', sentence: 'The arm measurement was malformed (non-finite value or not a unit quaternion): latched until reset.' },
  TRACKING_ERROR: { severity: 'ALARM', sentence: 'The measured tool position stayed too far from the setpoint: latched until reset.' },
  ESTOP: { severity: 'CRITICAL', sentence: 'Emergency stop: the arm decelerates to a hold; latched until reset.' },
  RESET: { severity: 'INFO', sentence: 'Fault reset: the arm holds; engage again to follow.' },
  // Command refusals (acks) that are not also transitions
  NOT_CONTROLLER: { severity: 'WARNING', sentence: 'Only the session holding the control lock may do this.' },
  LINK_TOO_SLOW: { severity: 'WARNING', sentence: 'One-way delay is above the engage limit.' },
  ARM_BUSY: { severity: 'WARNING', sentence: 'The arm is busy (moving on its own, e.g. homing).' },
  ARM_NOT_HOMED: { severity: 'WARNING', sentence: 'The arm is not homed.' },
  LATCHED_FAULT: { severity: 'WARNING', sentence: 'A fault is latched: reset it first.' },
  LATCHED_ESTOP: { severity: 'WARNING', sentence: 'The emergency stop is latched: reset it first.' },
  ARM_STILL_FAULTED: { severity: 'WARNING', sentence: 'The arm itself still reports a fault: clear it on the arm, then reset.' },
  SCALE_OUT_OF_RANGE: { severity: 'WARNING', sentence: 'Motion scale is outside the accepted range.' },
  NOT_IDLE: { severity: 'WARNING', sentence: 'Only possible when not engaged (state IDLE).' },
  BAD_COMMAND: { severity: 'WARNING', sentence: 'The command is malformed.' },
  // Other events
  LINK_DELAY_WARNING: { severity: 'WARNING', sentence: 'One-way delay is above the warning level.' },
  FRAME_INVALID: { severity: 'WARNING', sentence: 'A motion frame was malformed and was refused.' },
  FRAME_NOT_CONTROLLER: { severity: 'WARNING', sentence: 'Motion frames from a session without the control lock are refused.' },
  FRAME_WRONG_ARM: { severity: 'WARNING', sentence: 'A motion frame addressed another arm and was refused.' },
  FRAME_OVERFLOW: { severity: 'WARNING', sentence: 'The jitter buffer is full: motion frames are refused.' },
  MASTER_JUMP: { severity: 'WARNING', sentence: 'A motion frame implied an impossible hand speed and was refused.' },
  MASTER_RESYNC: { severity: 'WARNING', sentence: 'The hand pose moved discontinuously: the mapping re-anchors there instead of following the jump.' },
  CLOCK_STEP: { severity: 'WARNING', sentence: "The console's clock stepped: clock synchronisation restarted." },
  SEQ_STEP: { severity: 'WARNING', sentence: "The console's frame numbering restarted: the stream re-anchors on the new frames (the arm holds, then resumes re-anchored)." },
  TREMOR_FILTER_MODE: { severity: 'INFO', sentence: 'The tremor filter changed mode (look-ahead or causal); the change is blended in, never a jump.' },
  CLOCK_SAMPLE_INVALID: { severity: 'INFO', sentence: 'A clock probe was malformed or too slow and was ignored.' },
  TIME_NOT_MONOTONIC: { severity: 'WARNING', sentence: 'The tick time did not advance: the setpoint was repeated.' },
  HOMING: { severity: 'INFO', sentence: 'Moving to the home pose.' },
  HOMED: { severity: 'INFO', sentence: 'At the home pose.' },
  SCALE_SET: { severity: 'INFO', sentence: 'Motion scale changed; the mapping re-anchored (no jump).' },
} as const satisfies Record<string, ReasonDef>;

export type ReasonCode = keyof typeof DEFS;

/** Reason code -> the sentence shown to people. */
export const REASONS: Readonly<Record<ReasonCode, string>> = Object.freeze(
  Object.fromEntries(Object.entries(DEFS).map(([k, v]) => [k, v.sentence])) as Record<ReasonCode, string>,
);

/** Reason code -> severity of the event that carries it. */
export const REASON_SEVERITY: Readonly<Record<ReasonCode, Severity>> = Object.freeze(
  Object.fromEntries(Object.entries(DEFS).map(([k, v]) => [k, v.severity])) as Record<ReasonCode, Severity>,
);

export function isReasonCode(code: string): code is ReasonCode {
  return Object.prototype.hasOwnProperty.call(DEFS, code);
}

/** "CODE: sentence detail" (the CommandAck.reason form). */
export function reasonText(code: ReasonCode, detail?: string): string {
  return detail ? `${code}: ${REASONS[code]} ${detail}` : `${code}: ${REASONS[code]}`;
}
