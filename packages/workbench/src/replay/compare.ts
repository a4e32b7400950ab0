// Bit-for-bit comparison of two traces (the recording and a replay): the first tick where anything
// differs, and every field that differs at that tick. Doubles are compared with Object.is, so -0 vs 0
// and NaN patterns count as differences: "bit for bit" means what it says.
import { stateName, type Trace } from './trace.js';

const POSE_FIELDS = ['position.x', 'position.y', 'position.z', 'orientation.x', 'orientation.y', 'orientation.z', 'orientation.w'];

export interface FieldDifference {
  /** Recording field name, e.g. "setpoint_cp.position.x", "jaw_setpoint_rad", "state". */
  field: string;
  expected: number | string;
  actual: number | string;
}

export interface Comparison {
  /** Ticks compared (the shorter of the two). */
  ticksCompared: number;
  identical: boolean;
  /** null when identical. */
  first: {
    index: number;
    tick: number;
    timeNs: number;
    differences: FieldDifference[];
  } | null;
  /** Ticks with at least one difference (after the first, the runs usually stay apart). */
  ticksDiffering: number;
}

/** Fields that differ at index i, in a fixed order: setpoint first (what the arm was told), then the rest. */
function diffAt(a: Trace, b: Trace, i: number, out: FieldDifference[] | null): boolean {
  let differs = false;
  const o = i * 7;
  for (let k = 0; k < 7; k++) {
    const x = a.setpoint[o + k] as number;
    const y = b.setpoint[o + k] as number;
    if (!Object.is(x, y)) {
      differs = true;
      if (!out) return true;
      out.push({ field: `setpoint_cp.${POSE_FIELDS[k]}`, expected: x, actual: y });
    }
  }
  if (!Object.is(a.jaw[i], b.jaw[i])) {
    differs = true;
    if (!out) return true;
    out.push({ field: 'jaw_setpoint_rad', expected: a.jaw[i] as number, actual: b.jaw[i] as number });
  }
  if (a.state[i] !== b.state[i]) {
    differs = true;
    if (!out) return true;
    out.push({ field: 'state', expected: stateName(a.state[i] as number), actual: stateName(b.state[i] as number) });
  }
  const ra = a.reasons[a.reason[i] as number] ?? '';
  const rb = b.reasons[b.reason[i] as number] ?? '';
  if (ra !== rb) {
    differs = true;
    if (!out) return true;
    out.push({ field: 'reason', expected: ra, actual: rb });
  }
  if (!Object.is(a.lastAppliedSeq[i], b.lastAppliedSeq[i])) {
    differs = true;
    if (!out) return true;
    out.push({ field: 'last_applied_seq', expected: a.lastAppliedSeq[i] as number, actual: b.lastAppliedSeq[i] as number });
  }
  for (let k = 0; k < 7; k++) {
    const x = a.measured[o + k] as number;
    const y = b.measured[o + k] as number;
    if (!Object.is(x, y)) {
      differs = true;
      if (!out) return true;
      out.push({ field: `measured_cp.${POSE_FIELDS[k]}`, expected: x, actual: y });
    }
  }
  const oj = i * 6;
  for (let k = 0; k < 6; k++) {
    const x = a.measuredJs[oj + k] as number;
    const y = b.measuredJs[oj + k] as number;
    if (!Object.is(x, y)) {
      differs = true;
      if (!out) return true;
      out.push({ field: `measured_js[${k}]`, expected: x, actual: y });
    }
  }
  if (!Object.is(a.jawMeasured[i], b.jawMeasured[i])) {
    differs = true;
    if (!out) return true;
    out.push({ field: 'jaw_measured_rad', expected: a.jawMeasured[i] as number, actual: b.jawMeasured[i] as number });
  }
  return differs;
}

/** Compares `actual` against `expected` tick by tick (they must be indexed by the same ticks). */
export function compareTraces(expected: Trace, actual: Trace): Comparison {
  const n = Math.min(expected.length, actual.length);
  let first: Comparison['first'] = null;
  let differing = 0;
  for (let i = 0; i < n; i++) {
    if (!diffAt(expected, actual, i, null)) continue;
    differing++;
    if (first === null) {
      const differences: FieldDifference[] = [];
      diffAt(expected, actual, i, differences);
      first = { index: i, tick: expected.tick[i] as number, timeNs: expected.timeNs[i] as number, differences };
    }
  }
  return { ticksCompared: n, identical: first === null, first, ticksDiffering: differing };
}

/** "tick 1234 (t = 1.234 s): setpoint_cp.position.x recorded 0.01 replayed 0.0100000001, +2 more fields". */
export function describeDifference(c: Comparison, t0Ns: number): string {
  if (!c.first) return `identical: ${c.ticksCompared} ticks reproduced bit for bit`;
  const d = c.first.differences[0] as FieldDifference;
  const more = c.first.differences.length - 1;
  const fmt = (v: number | string) => (typeof v === 'number' ? String(v) : v);
  return (
    `first difference at tick ${c.first.tick} (t = ${((c.first.timeNs - t0Ns) / 1e9).toFixed(3)} s): ${d.field} recorded ${fmt(d.expected)}, replayed ${fmt(d.actual)}` +
    (more > 0 ? ` (+${more} more field${more > 1 ? 's' : ''}: ${c.first.differences.slice(1).map((x) => x.field).join(', ')})` : '') +
    `; ${c.ticksDiffering} of ${c.ticksCompared} ticks differ`
  );
}
