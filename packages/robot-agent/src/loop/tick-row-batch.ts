// The tick rows the loop hands the recorder (the layout is @farhand/recording's, see messages.ts), one
// batch every ~50 ms: one row per tick (one arm) or one per arm per tick (several, arm 0 first). Both loop
// tick bodies (one-arm-tick.ts, arms-tick.ts) write through it, so there is one row writer and one flush.
import type { MessagePort } from 'node:worker_threads';
import type { ArmReading, Pose, SupervisorState } from '@farhand/latency-core';
import { OP_STATES, ROW, STATES, TICK_ROW, type RecorderTickBatch } from './messages.js';

/** Ticks per recorder batch: ~50 ms. */
export function batchTicks(config: { controlRateHz: number }): number {
  return Math.max(1, Math.round(config.controlRateHz * 0.05));
}

export class TickRowBatch {
  readonly #recorder: MessagePort;
  readonly #capacity: number;
  readonly #arms: number | undefined;
  readonly #reuse: boolean;
  #rows: Float64Array<ArrayBuffer>;
  #n = 0;
  #reasons: Array<[number, string] | [number, string, number]> = [];
  #marks: number[] = [];
  readonly #lastReason: string[];

  /**
   * @param rowsPerBatch rows before a batch is posted (ticks x arms)
   * @param arms several arms: rows per tick (the batch says so, reasons carry the arm); undefined: one arm
   * @param reuse one buffer copied at each post (gc-mode.ts 'local'), else a fresh one transferred
   */
  constructor(recorder: MessagePort, rowsPerBatch: number, arms: number | undefined, reuse: boolean) {
    this.#recorder = recorder;
    this.#capacity = rowsPerBatch;
    this.#arms = arms;
    this.#reuse = reuse;
    this.#rows = new Float64Array(rowsPerBatch * TICK_ROW);
    this.#lastReason = new Array<string>(arms ?? 1).fill('');
  }

  /** The last input seq handed to the core at this tick. */
  mark(tick: number, lastSeq: number): void {
    this.#marks.push(tick, lastSeq);
  }

  /** One arm's row of a tick; posts the batch when it is full. */
  row(tick: number, nowNs: number, reading: ArmReading, sp: Pose, jawSpRad: number, state: SupervisorState, reason: string, lastAppliedSeq: number, arm = 0): void {
    const rows = this.#rows;
    const o = this.#n * TICK_ROW;
    rows[o + ROW.tick] = tick;
    rows[o + ROW.timeNs] = nowNs;
    rows[o + ROW.sp] = sp.position[0];
    rows[o + ROW.sp + 1] = sp.position[1];
    rows[o + ROW.sp + 2] = sp.position[2];
    rows[o + ROW.sp + 3] = sp.orientation[0];
    rows[o + ROW.sp + 4] = sp.orientation[1];
    rows[o + ROW.sp + 5] = sp.orientation[2];
    rows[o + ROW.sp + 6] = sp.orientation[3];
    rows[o + ROW.jawSp] = jawSpRad;
    const m = reading.measured_cp;
    rows[o + ROW.m] = m.position[0];
    rows[o + ROW.m + 1] = m.position[1];
    rows[o + ROW.m + 2] = m.position[2];
    rows[o + ROW.m + 3] = m.orientation[0];
    rows[o + ROW.m + 4] = m.orientation[1];
    rows[o + ROW.m + 5] = m.orientation[2];
    rows[o + ROW.m + 6] = m.orientation[3];
    for (let j = 0; j < 6; j++) rows[o + ROW.js + j] = reading.measured_js[j] ?? NaN;
    rows[o + ROW.jawM] = reading.jaw_measured_rad;
    rows[o + ROW.state] = STATES.indexOf(state);
    rows[o + ROW.op] = OP_STATES.indexOf(reading.operating_state);
    rows[o + ROW.seq] = lastAppliedSeq;
    if (reason !== this.#lastReason[arm]) {
      this.#reasons.push(this.#arms === undefined ? [tick, reason] : [tick, reason, arm]);
      this.#lastReason[arm] = reason;
    }
    if (++this.#n === this.#capacity) this.flush();
  }

  /** Posts the rows and marks not yet sent. */
  flush(): void {
    if (this.#n === 0 && this.#marks.length === 0) return;
    const batch: RecorderTickBatch = { k: 'ticks', rows: this.#rows, n: this.#n, ...(this.#arms !== undefined ? { arms: this.#arms } : {}), reasons: this.#reasons, marks: this.#marks };
    if (this.#reuse) {
      // Copied by postMessage (off the loop's heap): the loop keeps its one buffer (gc-mode.ts).
      this.#recorder.postMessage(batch);
    } else {
      this.#recorder.postMessage(batch, [this.#rows.buffer]);
      this.#rows = new Float64Array(this.#capacity * TICK_ROW);
    }
    this.#n = 0;
    this.#reasons = [];
    this.#marks = [];
  }
}
