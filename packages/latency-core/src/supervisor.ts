// The safety supervisor's state machine, as data. The table below IS the machine: Supervisor.fire()
// only ever moves along a row of it, and the README, the console and the tests read the same rows.
// Conditions (which event fires when) are decided in core.ts; here is only what each event does in
// each state. An event with no row in the current state changes nothing.
import type { SupervisorState } from './types.js';
import { REASONS, type ReasonCode } from './reasons.js';

export type SupervisorEvent =
  | 'ENGAGE' // ENGAGE command accepted and a played pose is available and aligned
  | 'ENGAGE_PENDING' // ENGAGE accepted, nothing played yet
  | 'PLAYABLE' // ENGAGING: the first played pose is aligned
  | 'MISALIGNED' // ENGAGING: the first played pose is not aligned / FOLLOWING: a master discontinuity is not
  | 'ENGAGE_TIMEOUT'
  | 'DISENGAGE'
  | 'CLUTCH_PRESS'
  | 'CLUTCH_RELEASE'
  | 'LINK_STALE'
  | 'OPERATOR_ABSENT'
  | 'LINK_LOSS_HIGH'
  | 'LINK_DELAY_HIGH'
  | 'CLOCK_SYNC_LOST'
  | 'RESUME'
  | 'RESUME_CLUTCHED'
  | 'CONTROLLER_CHANGED'
  | 'ARM_NOT_ENABLED'
  | 'ARM_FAULT'
  | 'ARM_READING_INVALID'
  | 'TRACKING_ERROR'
  | 'ESTOP'
  | 'RESET';

export interface Transition {
  state: SupervisorState;
  event: SupervisorEvent;
  next: SupervisorState;
  reason: ReasonCode;
  sentence: string;
}

type Row = [SupervisorState, SupervisorEvent, SupervisorState, ReasonCode];

const ENGAGED_STATES: SupervisorState[] = ['ENGAGING', 'FOLLOWING', 'CLUTCHED', 'HOLDING'];
const HOLD_EVENTS: Array<[SupervisorEvent, ReasonCode]> = [
  ['LINK_STALE', 'LINK_STALE'],
  ['OPERATOR_ABSENT', 'OPERATOR_ABSENT'],
  ['LINK_LOSS_HIGH', 'LINK_LOSS_HIGH'],
  ['LINK_DELAY_HIGH', 'LINK_DELAY_HIGH'],
  ['CLOCK_SYNC_LOST', 'CLOCK_SYNC_LOST'],
];

function rows(): Row[] {
  const r: Row[] = [
    ['IDLE', 'ENGAGE', 'FOLLOWING', 'ENGAGED'],
    ['IDLE', 'ENGAGE_PENDING', 'ENGAGING', 'ENGAGE_PENDING'],
    ['ENGAGING', 'PLAYABLE', 'FOLLOWING', 'ENGAGED'],
    ['ENGAGING', 'MISALIGNED', 'IDLE', 'MISALIGNED'],
    ['ENGAGING', 'ENGAGE_TIMEOUT', 'IDLE', 'ENGAGE_TIMEOUT'],
    ['ENGAGING', 'OPERATOR_ABSENT', 'IDLE', 'OPERATOR_ABSENT'],
    ['ENGAGING', 'CLOCK_SYNC_LOST', 'IDLE', 'CLOCK_SYNC_LOST'],
    ['FOLLOWING', 'CLUTCH_PRESS', 'CLUTCHED', 'CLUTCH_PRESSED'],
    ['FOLLOWING', 'MISALIGNED', 'HOLDING', 'MISALIGNED'],
    ['CLUTCHED', 'CLUTCH_RELEASE', 'FOLLOWING', 'CLUTCH_RELEASED'],
    ['HOLDING', 'RESUME', 'FOLLOWING', 'RESUMED'],
    ['HOLDING', 'RESUME_CLUTCHED', 'CLUTCHED', 'RESUMED_CLUTCHED'],
    ['FAULT', 'ESTOP', 'ESTOPPED', 'ESTOP'],
    ['FAULT', 'RESET', 'IDLE', 'RESET'],
    ['ESTOPPED', 'RESET', 'IDLE', 'RESET'],
  ];
  for (const s of ['FOLLOWING', 'CLUTCHED'] as const) {
    for (const [e, reason] of HOLD_EVENTS) r.push([s, e, 'HOLDING', reason]);
  }
  for (const s of ENGAGED_STATES) {
    r.push([s, 'DISENGAGE', 'IDLE', 'DISENGAGED']);
    r.push([s, 'CONTROLLER_CHANGED', 'IDLE', 'CONTROLLER_CHANGED']);
    r.push([s, 'ARM_NOT_ENABLED', 'IDLE', 'ARM_NOT_ENABLED']);
  }
  for (const s of ['IDLE', ...ENGAGED_STATES] as SupervisorState[]) {
    r.push([s, 'ESTOP', 'ESTOPPED', 'ESTOP']);
    r.push([s, 'ARM_FAULT', 'FAULT', 'ARM_FAULT']);
    r.push([s, 'ARM_READING_INVALID', 'FAULT', 'ARM_READING_INVALID']);
    r.push([s, 'TRACKING_ERROR', 'FAULT', 'TRACKING_ERROR']);
  }
  return r;
}

/** The supervisor's transition table: (state, event) -> next state, with a reason code and sentence. */
export const TRANSITIONS: readonly Transition[] = Object.freeze(
  rows().map(([state, event, next, reason]) => Object.freeze({ state, event, next, reason, sentence: REASONS[reason] })),
);

const INDEX = new Map<string, Transition>(TRANSITIONS.map((t) => [`${t.state}|${t.event}`, t]));

export const SUPERVISOR_STATES: readonly SupervisorState[] = ['IDLE', 'ENGAGING', 'FOLLOWING', 'CLUTCHED', 'HOLDING', 'FAULT', 'ESTOPPED'];

/** States in which the surgeon's hand drives, or may soon drive, the tool (a controller is bound). */
export function isEngaged(s: SupervisorState): boolean {
  return s === 'ENGAGING' || s === 'FOLLOWING' || s === 'CLUTCHED' || s === 'HOLDING';
}

export function isLatched(s: SupervisorState): boolean {
  return s === 'FAULT' || s === 'ESTOPPED';
}

/** The row for (state, event), or undefined. */
export function transitionFor(state: SupervisorState, event: SupervisorEvent): Transition | undefined {
  return INDEX.get(`${state}|${event}`);
}

export class Supervisor {
  state: SupervisorState = 'IDLE';
  reason: ReasonCode = 'STARTUP';
  /** Agent time of the last transition, ns. */
  sinceNs: number;

  constructor(nowNs: number) {
    this.sinceNs = nowNs;
  }

  /** Applies event; returns the row taken, or undefined when the event means nothing in this state. */
  fire(event: SupervisorEvent, nowNs: number): Transition | undefined {
    const t = INDEX.get(`${this.state}|${event}`);
    if (!t) return undefined;
    this.state = t.next;
    this.reason = t.reason;
    this.sinceNs = nowNs;
    return t;
  }
}
