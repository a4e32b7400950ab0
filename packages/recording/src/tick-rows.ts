// The tick rows the control loop hands the recorder, in batches over a MessagePort: a flat Float64Array
// per batch (no per-tick objects on the loop thread). This layout is the recorder's input format; the
// loop writes it, the recorder reads it, nothing else depends on it.

/** Doubles per tick row sent to the recorder. */
export const TICK_ROW = 27;
/**
 * Row layout: tick, timeNs, setpoint position xyz + quaternion xyzw (7), jaw setpoint, measured position
 * + quaternion (7), measured joints (6), jaw measured, state index, operating state index, last applied seq.
 */
export const ROW = {
  tick: 0,
  timeNs: 1,
  sp: 2,
  jawSp: 9,
  m: 10,
  js: 17,
  jawM: 23,
  state: 24,
  op: 25,
  seq: 26,
} as const;


export type RecorderTickBatch = {
  k: 'ticks';
  rows: Float64Array;
  /** Rows in the batch (ticks x arms). */
  n: number;
  /**
   * Several arms (issue 15): rows per tick, one per arm in arm order (arm 0 first); absent: 1 (a one-arm
   * loop). Row i is arm i % arms.
   */
  arms?: number;
  /** [tick, reason] whenever the reason changed; [tick, reason, arm index] for several arms. */
  reasons: Array<[number, string] | [number, string, number]>;
  /** Flat pairs: tick, last input seq handed to the core at that tick. */
  marks: number[];
};
