// The one-arm loop's tick body: wait for the slot, take main's inputs, run the tick, record its row, hand
// acks, events and snapshots to main, and watch for rest at shutdown. The live loop (worker.ts) and its
// warm-up (warmup.ts) both run it, so the warm-up optimizes the very code the live ticks run. Before
// (issue 18), the live tick body was a twin of the warm-up's own copy and was first optimized on a live
// tick: 10-28 ms beside a browser, the longest synchronous compile left once the core's step was split
// (bench/loop-beside.bench.mjs).
import type { MessagePort } from 'node:worker_threads';
import type { ArmDriver, ArmReading, ArrivedFrame, CoreOutput, SupervisorState } from '@farhand/latency-core';
import { runTick, type EffectiveConfig, type SteppableCore } from '@farhand/loop';
import { OP_STATES, ROW, STATES, TICK_ROW, type LoopCounters, type LoopMessage, type LoopRequest, type LoopSamples, type RecorderTickBatch, type Snapshot } from './messages.js';
import { InputDrain } from './input-drain.js';
import type { TickScheduler } from './scheduler.js';

/** "At rest" at shutdown: the setpoint has not moved for REST_TICKS ticks and the tip is within REST_TIP_M of it. */
const REST_TICKS = 20;
const REST_TIP_M = 0.001;

export interface OneArmTickDeps {
  config: EffectiveConfig;
  core: SteppableCore;
  arm: ArmDriver;
  sched: TickScheduler;
  /** The first tick's grid slot, ns (the loop's elapsed time counts from it). */
  startAtNs: number;
  inputs: { next(): LoopRequest | undefined };
  /** To main: acks, events, state changes, snapshots. */
  post: (m: LoopMessage) => void;
  /** The recorder's port (tick rows every 50 ms), if recording. */
  recorder: MessagePort | undefined;
  /** One tick-row buffer copied at each post (gc-mode.ts 'local'), or a fresh one transferred. */
  reuseRows: boolean;
  /** [ticks done, next deadline], read by main. */
  shared: Float64Array;
  /** The loop's clock, ns (the tick's work time). */
  nowNs: () => number;
  /** The thread's CPU time, s (read once a second). */
  cpuSeconds: () => number;
}

/** How the loop ended at shutdown: its last tick and whether the arm was at rest. */
export interface LoopEnd {
  tick: number;
  state: SupervisorState;
  reason: string;
  atRest: boolean;
}

/**
 * A class, not closures: its methods are one function each whichever loop built it, so the code the warm-up
 * optimized is the code the live loop calls (closures made anew per loop were recompiled at the first live
 * tick: V8 had specialised their optimized code to the warm-up's closure, "wrong feedback cell").
 */
export class OneArmTicker {
  readonly #d: OneArmTickDeps;
  readonly #telemetryEvery: number;
  readonly #batchTicks: number;
  readonly #tickIn = new InputDrain<ArrivedFrame>((req) => req.frame);
  #rows: Float64Array<ArrayBuffer>;
  #nRows = 0;
  #reasons: Array<[number, string]> = [];
  #marks: number[] = [];
  #lastRecordedReason = '';
  // Loop timing: raw samples go to main with each snapshot; quantiles are main's job, not the loop's.
  #overruns = 0;
  #prevStart = NaN;
  #samples: LoopSamples = { periodNs: [], latenessNs: [], workNs: [] };
  #cpuS: number;
  #lastCpuReadTick = 0;
  #lastState: SupervisorState | '' = '';
  #lastReason = '';
  #shutdownUntilNs = NaN;
  #restTicks = 0;
  readonly #prevSp = [NaN, NaN, NaN, NaN, NaN, NaN, NaN];

  constructor(d: OneArmTickDeps) {
    this.#d = d;
    this.#telemetryEvery = Math.max(1, Math.round(d.config.controlRateHz / d.config.telemetryRateHz));
    this.#batchTicks = Math.max(1, Math.round(d.config.controlRateHz * 0.05));
    this.#rows = d.recorder ? new Float64Array(this.#batchTicks * TICK_ROW) : new Float64Array(0);
    this.#cpuS = d.cpuSeconds();
  }

  #counters(tickCount: number, nowNs: number): LoopCounters {
    return {
      ticks: tickCount,
      overruns: this.#overruns,
      marginUs: this.#d.sched.marginUs,
      spinNs: this.#d.sched.spinNs,
      elapsedNs: nowNs - this.#d.startAtNs,
      threadCpuS: this.#cpuS,
    };
  }

  /** Posts the tick rows not yet sent to the recorder. */
  flush(): void {
    const recorder = this.#d.recorder;
    if (!recorder || (this.#nRows === 0 && this.#marks.length === 0)) return;
    const batch: RecorderTickBatch = { k: 'ticks', rows: this.#rows, n: this.#nRows, reasons: this.#reasons, marks: this.#marks };
    if (this.#d.reuseRows) {
      // Copied by postMessage (off the loop's heap): the loop keeps its one buffer (gc-mode.ts).
      recorder.postMessage(batch);
    } else {
      recorder.postMessage(batch, [this.#rows.buffer]);
      this.#rows = new Float64Array(this.#batchTicks * TICK_ROW);
    }
    this.#nRows = 0;
    this.#reasons = [];
    this.#marks = [];
  }

  #recordRow(tick: number, nowNs: number, reading: ArmReading, out: CoreOutput): void {
    const rows = this.#rows;
    const o = this.#nRows * TICK_ROW;
    rows[o + ROW.tick] = tick;
    rows[o + ROW.timeNs] = nowNs;
    const sp = out.setpoint_cp;
    rows[o + ROW.sp] = sp.position[0];
    rows[o + ROW.sp + 1] = sp.position[1];
    rows[o + ROW.sp + 2] = sp.position[2];
    rows[o + ROW.sp + 3] = sp.orientation[0];
    rows[o + ROW.sp + 4] = sp.orientation[1];
    rows[o + ROW.sp + 5] = sp.orientation[2];
    rows[o + ROW.sp + 6] = sp.orientation[3];
    rows[o + ROW.jawSp] = out.jaw_setpoint_rad;
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
    rows[o + ROW.state] = STATES.indexOf(out.state);
    rows[o + ROW.op] = OP_STATES.indexOf(reading.operating_state);
    rows[o + ROW.seq] = out.lastAppliedSeq;
    if (out.reason !== this.#lastRecordedReason) {
      this.#reasons.push([tick, out.reason]);
      this.#lastRecordedReason = out.reason;
    }
    if (++this.#nRows === this.#batchTicks) this.flush();
  }

  /** One tick; a LoopEnd once a shutdown request's hold has ended (at rest or timed out), else null. */
  tick(): LoopEnd | null {
    const d = this.#d;
    const tickIn = this.#tickIn;
    const timing = d.sched.waitNext();
    const nowNs = timing.startNs;
    const tick = timing.tick;
    this.#overruns += timing.missed;

    const lastSeq = tickIn.drain(d.inputs);
    if (tickIn.shutdownHoldS !== null) this.#shutdownUntilNs = nowNs + tickIn.shutdownHoldS * 1e9;
    if (lastSeq >= 0 && d.recorder) this.#marks.push(tick, lastSeq);

    const { reading, output } = runTick(d.core, d.arm, nowNs, tickIn.tickInputs());
    tickIn.consumed();

    d.shared[0] = tick + 1;
    d.shared[1] = d.sched.nextDeadlineNs;

    if (d.recorder) this.#recordRow(tick, nowNs, reading, output);

    const stateChanged = output.state !== this.#lastState || output.reason !== this.#lastReason;
    if (output.acks.length > 0 || output.events.length > 0 || stateChanged) {
      d.post({ k: 'out', tick, timeNs: nowNs, acks: output.acks, events: output.events, state: output.state, reason: output.reason, stateChanged });
      this.#lastState = output.state;
      this.#lastReason = output.reason;
    }

    if (!Number.isNaN(this.#prevStart)) this.#samples.periodNs.push(nowNs - this.#prevStart);
    this.#prevStart = nowNs;
    this.#samples.latenessNs.push(timing.latenessNs);

    if (tick % this.#telemetryEvery === 0) this.#snapshot(tick, nowNs, reading, output);

    this.#samples.workNs.push(d.nowNs() - nowNs);

    if (!Number.isNaN(this.#shutdownUntilNs)) return this.#restCheck(tick, nowNs, reading, output);
    return null;
  }

  #snapshot(tick: number, nowNs: number, reading: ArmReading, output: CoreOutput): void {
    const d = this.#d;
    if (tick - this.#lastCpuReadTick >= d.config.controlRateHz) {
      this.#cpuS = d.cpuSeconds();
      this.#lastCpuReadTick = tick;
    }
    const snap: Snapshot = {
      k: 'snap',
      tick,
      timeNs: nowNs,
      state: output.state,
      reason: output.reason,
      setpoint_cp: output.setpoint_cp,
      jaw_setpoint_rad: output.jaw_setpoint_rad,
      setpoint_js: output.command.kind === 'servo_jp' ? output.command.q : [],
      lastAppliedSeq: output.lastAppliedSeq,
      master_cp: output.master_cp,
      motionScale: output.motionScale,
      masterKind: output.masterKind,
      link: output.link,
      measured_cp: reading.measured_cp,
      measured_js: reading.measured_js,
      jaw_measured_rad: reading.jaw_measured_rad,
      operating_state: reading.operating_state,
      ...(reading.fault !== undefined ? { armFault: reading.fault } : {}),
      controllerId: this.#tickIn.controllerId,
      loop: this.#counters(tick + 1, nowNs),
      samples: this.#samples,
    };
    d.post(snap);
    this.#samples = { periodNs: [], latenessNs: [], workNs: [] };
  }

  /** During a shutdown's hold: at rest is a holding state whose setpoint stopped moving, with the tip on it. */
  #restCheck(tick: number, nowNs: number, reading: ArmReading, output: CoreOutput): LoopEnd | null {
    const sp = output.setpoint_cp;
    const prevSp = this.#prevSp;
    let still = true;
    for (let i = 0; i < 7; i++) {
      const v = i < 3 ? sp.position[i]! : sp.orientation[i - 3]!;
      if (v !== prevSp[i]) still = false;
      prevSp[i] = v;
    }
    const m = reading.measured_cp.position;
    const tipErr = Math.hypot(m[0] - sp.position[0], m[1] - sp.position[1], m[2] - sp.position[2]);
    const holding = output.state !== 'FOLLOWING' && output.state !== 'ENGAGING' && output.state !== 'CLUTCHED';
    this.#restTicks = holding && still && tipErr < REST_TIP_M ? this.#restTicks + 1 : 0;
    const atRest = this.#restTicks >= REST_TICKS;
    if (atRest || nowNs >= this.#shutdownUntilNs) return { tick, state: output.state, reason: output.reason, atRest };
    return null;
  }
}
