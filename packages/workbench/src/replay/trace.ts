// What one run produced, tick by tick, in flat typed arrays (a 10 minute session at 1 kHz is 600k ticks:
// objects per tick would cost hundreds of MB and most of the replay's time in the garbage collector).
// Both the recording (read from the file) and each replayed run are held as a Trace, so comparing them
// and computing the report's figures is one code path.
import type { ArmReading, CoreAck, CoreEvent, OperatingState, Pose, SupervisorState } from '@farhand/latency-core';

export const STATES: readonly SupervisorState[] = ['IDLE', 'ENGAGING', 'FOLLOWING', 'CLUTCHED', 'HOLDING', 'FAULT', 'ESTOPPED'];
const STATE_INDEX = new Map<SupervisorState, number>(STATES.map((s, i) => [s, i]));
export const UNKNOWN_STATE = 255;

export function stateIndex(s: SupervisorState | string): number {
  return STATE_INDEX.get(s as SupervisorState) ?? UNKNOWN_STATE;
}

export function stateName(i: number): SupervisorState | 'UNKNOWN' {
  return STATES[i] ?? 'UNKNOWN';
}

export interface TraceEvent {
  tick: number;
  timeNs: number;
  event: CoreEvent;
}

export const OP_STATES: readonly OperatingState[] = ['DISABLED', 'ENABLED', 'PAUSED', 'FAULT'];

export interface TraceAck {
  tick: number;
  ack: CoreAck;
}

export interface Transition {
  tick: number;
  timeNs: number;
  from: SupervisorState | 'UNKNOWN';
  to: SupervisorState | 'UNKNOWN';
  reason: string;
}

/** Per-tick columns. `length` ticks are filled; arrays may be longer (capacity). */
export class Trace {
  length = 0;
  tick: Float64Array;
  timeNs: Float64Array;
  /** setpoint_cp: x, y, z, qx, qy, qz, qw per tick. */
  setpoint: Float64Array;
  jaw: Float64Array;
  /** measured_cp: x, y, z, qx, qy, qz, qw per tick. */
  measured: Float64Array;
  state: Uint8Array;
  /** Index into `reasons`. */
  reason: Uint16Array;
  lastAppliedSeq: Float64Array;
  /** measured_js, 6 per tick. */
  measuredJs: Float64Array;
  jawMeasured: Float64Array;
  /** Index into OP_STATES. */
  opState: Uint8Array;
  readonly reasons: string[] = [];
  private readonly reasonIndex = new Map<string, number>();
  readonly events: TraceEvent[] = [];
  readonly acks: TraceAck[] = [];
  readonly transitions: Transition[] = [];

  constructor(capacity: number) {
    const n = Math.max(1, capacity);
    this.tick = new Float64Array(n);
    this.timeNs = new Float64Array(n);
    this.setpoint = new Float64Array(n * 7);
    this.jaw = new Float64Array(n);
    this.measured = new Float64Array(n * 7);
    this.state = new Uint8Array(n);
    this.reason = new Uint16Array(n);
    this.lastAppliedSeq = new Float64Array(n);
    this.measuredJs = new Float64Array(n * 6);
    this.jawMeasured = new Float64Array(n);
    this.opState = new Uint8Array(n);
  }

  reasonId(reason: string): number {
    let id = this.reasonIndex.get(reason);
    if (id === undefined) {
      id = this.reasons.length;
      if (id > 0xffff) throw new Error('more than 65535 distinct reason codes in one session');
      this.reasons.push(reason);
      this.reasonIndex.set(reason, id);
    }
    return id;
  }

  private grow(): void {
    const n = this.tick.length * 2;
    const g = <T extends Float64Array | Uint8Array | Uint16Array>(a: T, per = 1): T => {
      const b = new (a.constructor as new (n: number) => T)(n * per);
      b.set(a);
      return b;
    };
    this.tick = g(this.tick);
    this.timeNs = g(this.timeNs);
    this.setpoint = g(this.setpoint, 7);
    this.jaw = g(this.jaw);
    this.measured = g(this.measured, 7);
    this.state = g(this.state);
    this.reason = g(this.reason);
    this.lastAppliedSeq = g(this.lastAppliedSeq);
    this.measuredJs = g(this.measuredJs, 6);
    this.jawMeasured = g(this.jawMeasured);
    this.opState = g(this.opState);
  }

  /** The arm side of a tick (joints, jaw, operating state), beside push(). */
  setArm(i: number, measuredJs: ArrayLike<number>, jawMeasuredRad: number, operatingState: OperatingState | string): void {
    const o = i * 6;
    for (let j = 0; j < 6; j++) this.measuredJs[o + j] = measuredJs[j] ?? NaN;
    this.jawMeasured[i] = jawMeasuredRad;
    const k = OP_STATES.indexOf(operatingState as OperatingState);
    this.opState[i] = k < 0 ? UNKNOWN_STATE : k;
  }

  /** Appends one tick from a reading and a core output (what the live loop records). */
  pushStep(tick: number, timeNs: number, reading: ArmReading, out: { setpoint_cp: Pose; jaw_setpoint_rad: number; state: SupervisorState; reason: string; lastAppliedSeq: number }): void {
    // The recorder writes "nothing played yet" (-1) as 0: uint64 has no -1.
    this.push(tick, timeNs, out.setpoint_cp, out.jaw_setpoint_rad, reading.measured_cp, out.state, out.reason, out.lastAppliedSeq < 0 ? 0 : out.lastAppliedSeq);
    this.setArm(this.length - 1, reading.measured_js, reading.jaw_measured_rad, reading.operating_state);
  }

  /** Appends one tick. */
  push(
    tick: number,
    timeNs: number,
    setpoint: Pose,
    jaw: number,
    measured: Pose,
    state: SupervisorState | string,
    reason: string,
    lastAppliedSeq: number,
  ): void {
    if (this.length === this.tick.length) this.grow();
    const i = this.length++;
    this.tick[i] = tick;
    this.timeNs[i] = timeNs;
    const s = this.setpoint;
    const o = i * 7;
    s[o] = setpoint.position[0];
    s[o + 1] = setpoint.position[1];
    s[o + 2] = setpoint.position[2];
    s[o + 3] = setpoint.orientation[0];
    s[o + 4] = setpoint.orientation[1];
    s[o + 5] = setpoint.orientation[2];
    s[o + 6] = setpoint.orientation[3];
    const m = this.measured;
    m[o] = measured.position[0];
    m[o + 1] = measured.position[1];
    m[o + 2] = measured.position[2];
    m[o + 3] = measured.orientation[0];
    m[o + 4] = measured.orientation[1];
    m[o + 5] = measured.orientation[2];
    m[o + 6] = measured.orientation[3];
    this.jaw[i] = jaw;
    const st = stateIndex(state);
    const prev = i > 0 ? (this.state[i - 1] as number) : -1;
    this.state[i] = st;
    this.reason[i] = this.reasonId(reason);
    this.lastAppliedSeq[i] = lastAppliedSeq;
    if (st !== prev) {
      this.transitions.push({ tick, timeNs, from: prev < 0 ? 'UNKNOWN' : stateName(prev), to: stateName(st), reason });
    }
  }

  addEvents(tick: number, timeNs: number, events: readonly CoreEvent[]): void {
    for (const event of events) this.events.push({ tick, timeNs, event });
  }
}
