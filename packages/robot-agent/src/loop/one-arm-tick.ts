// The one-arm loop's tick body: wait for the slot, take main's inputs, run the tick, record its row, hand
// acks, events and snapshots to main, and watch for rest at shutdown. The live loop (worker.ts) and its
// warm-up (warmup.ts) both run it, so the warm-up optimizes the very code the live ticks run. Before
// (issue 18), the live tick body was a twin of the warm-up's own copy and was first optimized on a live
// tick: 10-28 ms beside a browser, the longest synchronous compile left once the core's step was split
// (bench/loop-beside.bench.mjs).
import type { MessagePort } from 'node:worker_threads';
import type { ArmDriver, ArmReading, ArrivedFrame, CoreOutput, SupervisorState } from '@farhand/latency-core';
import { runTick, type EffectiveConfig, type SteppableCore } from '@farhand/loop';
import { type LoopCounters, type LoopMessage, type LoopRequest, type LoopSamples, type RecorderTickBatch, type Snapshot } from './messages.js';
import { InputDrain } from './input-drain.js';
import { TickRowBatch, batchTicks } from './tick-row-batch.js';
import type { TickScheduler } from './scheduler.js';

/** "At rest" at shutdown (both loops): each setpoint still for REST_TICKS ticks and each tip within REST_TIP_M of it. */
export const REST_TICKS = 20;
export const REST_TIP_M = 0.001;

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
  readonly #tickIn = new InputDrain<ArrivedFrame>((req) => req.frame);
  readonly #rows: TickRowBatch | null;
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
    this.#rows = d.recorder ? new TickRowBatch(d.recorder, batchTicks(d.config), undefined, d.reuseRows) : null;
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
    this.#rows?.flush();
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
    const rows = this.#rows;
    if (lastSeq >= 0 && rows) rows.mark(tick, lastSeq);

    const { reading, output } = runTick(d.core, d.arm, nowNs, tickIn.tickInputs());
    tickIn.consumed();

    d.shared[0] = tick + 1;
    d.shared[1] = d.sched.nextDeadlineNs;

    if (rows) rows.row(tick, nowNs, reading, output.setpoint_cp, output.jaw_setpoint_rad, output.state, output.reason, output.lastAppliedSeq);

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
