// The several-arm loop's tick body (config `arms`, issue 15), as one-arm-tick.ts is the one-arm loop's:
// wait for the slot, take main's inputs, run runArmsTick (every arm read, the MultiArmCore stepped,
// every arm written), record one row per arm, hand acks, events and snapshots to main, watch for rest at
// shutdown. The live loop (arms-loop.ts) and its warm-up (warmup.ts) both run it, so the warm-up
// optimizes the code the live ticks run (before, the warm-up had a copy of its own: the live tick body
// was then first optimized on live ticks, 17-21 ms beside a browser).
import type { MessagePort } from 'node:worker_threads';
import type { ArmDriver, ArmReading, ArrivedArmsFrame, MultiArmCore, MultiArmOutput, Pose } from '@farhand/latency-core';
import { runArmsTick, type EffectiveConfig } from '@farhand/loop';
import { dvrkCart, toPose, type CartArmName } from '@farhand/sim';
import type { ArmSnapshot, LoopCounters, LoopMessage, LoopRequest, LoopSamples, Snapshot } from './messages.js';
import { InputDrain } from './input-drain.js';
import { TickRowBatch, batchTicks } from './tick-row-batch.js';
import { REST_TICKS, REST_TIP_M, type LoopEnd } from './one-arm-tick.js';
import type { TickScheduler } from './scheduler.js';

export interface ArmsTickDeps {
  config: EffectiveConfig;
  core: MultiArmCore;
  arms: readonly ArmDriver[];
  /** Each arm's base in the cart, in arm order (snapshots carry it). */
  bases: readonly Pose[];
  sched: TickScheduler;
  /** The first tick's grid slot, ns. */
  startAtNs: number;
  inputs: { next(): LoopRequest | undefined };
  post: (m: LoopMessage) => void;
  recorder: MessagePort | undefined;
  reuseRows: boolean;
  /** [ticks done, next deadline], read by main. */
  shared: Float64Array;
  nowNs: () => number;
  cpuSeconds: () => number;
}

/** Each arm's base in the dVRK cart, as the simulated arms are placed (snapshots and Welcome carry it). */
export function cartBases(arms: readonly { name: string }[]): Pose[] {
  const cart = dvrkCart();
  return arms.map((s) => toPose(cart.bases[s.name as CartArmName]));
}

/** A class, not closures, for the reason one-arm-tick.ts gives. */
export class ArmsTicker {
  readonly #d: ArmsTickDeps;
  readonly #telemetryEvery: number;
  readonly #tickIn = new InputDrain<ArrivedArmsFrame>((req) => req.hands ?? req.frame);
  readonly #rows: TickRowBatch | null;
  #overruns = 0;
  #prevStart = NaN;
  #samples: LoopSamples = { periodNs: [], latenessNs: [], workNs: [] };
  #cpuS: number;
  #lastCpuReadTick = 0;
  #lastStates = '';
  #shutdownUntilNs = NaN;
  #restTicks = 0;
  #prevSp = '';

  constructor(d: ArmsTickDeps) {
    this.#d = d;
    this.#telemetryEvery = Math.max(1, Math.round(d.config.controlRateHz / d.config.telemetryRateHz));
    const n = d.core.arms.length;
    this.#rows = d.recorder ? new TickRowBatch(d.recorder, batchTicks(d.config) * n, n, d.reuseRows) : null;
    this.#cpuS = d.cpuSeconds();
  }

  /** Posts the tick rows not yet sent to the recorder. */
  flush(): void {
    this.#rows?.flush();
  }

  #counters(tickCount: number, nowNs: number): LoopCounters {
    const d = this.#d;
    return { ticks: tickCount, overruns: this.#overruns, marginUs: d.sched.marginUs, spinNs: d.sched.spinNs, elapsedNs: nowNs - d.startAtNs, threadCpuS: this.#cpuS };
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

    const { readings, output } = runArmsTick(d.core, d.arms, nowNs, tickIn.tickInputs());
    tickIn.consumed();
    d.shared[0] = tick + 1;
    d.shared[1] = d.sched.nextDeadlineNs;
    if (rows) {
      for (let k = 0; k < output.arms.length; k++) {
        const a = output.arms[k]!;
        // The camera has no core, so no applied seq (-1).
        rows.row(tick, nowNs, readings[k]!, a.setpoint_cp, a.jaw_setpoint_rad, a.state, a.reason, a.core?.lastAppliedSeq ?? -1, k);
      }
    }

    const first = output.arms[0]!;
    const states = output.arms.map((a) => `${a.state}:${a.reason}`).join(',') + (output.cameraMode ? ':camera' : '');
    const stateChanged = states !== this.#lastStates;
    if (output.acks.length > 0 || output.events.length > 0 || stateChanged) {
      d.post({ k: 'out', tick, timeNs: nowNs, acks: output.acks, events: output.events, state: first.state, reason: first.reason, stateChanged });
      this.#lastStates = states;
    }
    if (!Number.isNaN(this.#prevStart)) this.#samples.periodNs.push(nowNs - this.#prevStart);
    this.#prevStart = nowNs;
    this.#samples.latenessNs.push(timing.latenessNs);

    if (tick % this.#telemetryEvery === 0) this.#snapshot(tick, nowNs, readings, output);
    this.#samples.workNs.push(d.nowNs() - nowNs);

    if (!Number.isNaN(this.#shutdownUntilNs)) return this.#restCheck(tick, nowNs, readings, output);
    return null;
  }

  #snapshot(tick: number, nowNs: number, readings: readonly ArmReading[], output: MultiArmOutput): void {
    const d = this.#d;
    if (tick - this.#lastCpuReadTick >= d.config.controlRateHz) {
      this.#cpuS = d.cpuSeconds();
      this.#lastCpuReadTick = tick;
    }
    const first = output.arms[0]!;
    const r0 = readings[0]!;
    const c0 = first.core!;
    const armSnaps: ArmSnapshot[] = output.arms.map((a, i) => {
      const r = readings[i]!;
      const m = r.measured_cp.position;
      const sp = a.setpoint_cp.position;
      return {
        armId: a.armId,
        name: a.name,
        kind: a.kind,
        state: a.state,
        reason: a.reason,
        measured_cp: r.measured_cp,
        setpoint_cp: a.setpoint_cp,
        measured_js: r.measured_js,
        jaw_measured_rad: r.jaw_measured_rad,
        jaw_setpoint_rad: a.jaw_setpoint_rad,
        operating_state: r.operating_state,
        master_cp: a.master_cp,
        base_frame: d.bases[i]!,
        tipErrorM: Math.hypot(m[0] - sp[0], m[1] - sp[1], m[2] - sp[2]),
      };
    });
    const snap: Snapshot = {
      k: 'snap',
      tick,
      timeNs: nowNs,
      state: first.state,
      reason: first.reason,
      setpoint_cp: first.setpoint_cp,
      jaw_setpoint_rad: first.jaw_setpoint_rad,
      setpoint_js: [],
      lastAppliedSeq: c0.lastAppliedSeq,
      master_cp: first.master_cp,
      motionScale: c0.motionScale,
      masterKind: c0.masterKind,
      link: output.link,
      measured_cp: r0.measured_cp,
      measured_js: r0.measured_js,
      jaw_measured_rad: r0.jaw_measured_rad,
      operating_state: r0.operating_state,
      ...(r0.fault !== undefined ? { armFault: r0.fault } : {}),
      controllerId: this.#tickIn.controllerId,
      loop: this.#counters(tick + 1, nowNs),
      samples: this.#samples,
      arms: armSnaps,
      cameraMode: output.cameraMode,
    };
    d.post(snap);
    this.#samples = { periodNs: [], latenessNs: [], workNs: [] };
  }

  /** At rest: every arm holding, its setpoint still and its tip on it. */
  #restCheck(tick: number, nowNs: number, readings: readonly ArmReading[], output: MultiArmOutput): LoopEnd | null {
    const sp = JSON.stringify(output.arms.map((a) => a.setpoint_cp));
    const still = sp === this.#prevSp;
    this.#prevSp = sp;
    const holding = output.arms.every((a) => a.state !== 'FOLLOWING' && a.state !== 'ENGAGING' && a.state !== 'CLUTCHED');
    const onTip = output.arms.every((a, i) => {
      const m = readings[i]!.measured_cp.position;
      const p = a.setpoint_cp.position;
      return Math.hypot(m[0] - p[0], m[1] - p[1], m[2] - p[2]) < REST_TIP_M;
    });
    this.#restTicks = holding && still && onTip ? this.#restTicks + 1 : 0;
    const atRest = this.#restTicks >= REST_TICKS;
    const first = output.arms[0]!;
    if (atRest || nowNs >= this.#shutdownUntilNs) return { tick, state: first.state, reason: first.reason, atRest };
    return null;
  }
}
