// The control loop for several arms (config `arms`, issue 15): the same grid, drain, hand-out and
// shutdown as worker.ts's one-arm loop, around @farhand/loop's runArmsTick: every arm read, the
// MultiArmCore stepped, every arm written, in one tick. The one-arm loop (worker.ts) is untouched.
//
// Recording: one tick row per arm per tick (arm 0 first; TickRecord.arm_id), the frames (two-handed
// envelopes), commands and clock samples in full: `farhand replay` rebuilds every arm from them.
import type { MessagePort } from 'node:worker_threads';
import type { ArmReading, ArrivedArmsFrame, MultiArmOutput, Pose, SupervisorState } from '@farhand/latency-core';
import { createArmsRuntime, runArmsTick } from '@farhand/loop';
import { dvrkCart, toPose, type CartArmName } from '@farhand/sim';
import type { Logger } from 'pino';
import { OP_STATES, ROW, STATES, TICK_ROW, type ArmSnapshot, type LoopCounters, type LoopMessage, type LoopRequest, type LoopSamples, type LoopWorkerData, type RecorderTickBatch, type Snapshot } from './messages.js';
import { InputDrain } from './input-drain.js';
import { TickScheduler } from './scheduler.js';
import { reusesRowBuffer } from './gc-mode.js';
import { threadCpuSeconds } from './thread-cpu.js';

const REST_TICKS = 20;
const REST_TIP_M = 0.001;

export interface ArmsLoopDeps {
  port: MessagePort;
  /** Main's inputs, in order: the lock-free ring, then the port (loop-inputs.ts), as the one-arm loop reads them. */
  inputs: { next(): LoopRequest | undefined };
  data: LoopWorkerData;
  clock: { nowNs: () => number };
  shared: Float64Array;
  sleepCell: Int32Array;
  post: (m: LoopMessage) => void;
  scheduling: string;
  /** What the warm-up ran before this loop was built (warmup.ts). */
  warmup: { ticks: number; ms: number };
  logger?: Logger;
  fatal: (e: unknown) => void;
}

export async function runArmsLoop(d: ArmsLoopDeps): Promise<void> {
  const { port, data, clock, shared, sleepCell, post } = d;
  const config = data.config;
  const { core, arms, initialReadings } = await createArmsRuntime(config, d.logger ? { logger: d.logger } : {});
  const specs = core.arms;
  const cart = dvrkCart();
  const bases: Pose[] = specs.map((s) => toPose(cart.bases[s.name as CartArmName]));
  post({ k: 'ready', reading: initialReadings[0]!, armIds: specs.map((s) => s.armId), driver: arms.map((a) => a.name).join(', '), scheduling: d.scheduling, warmup: d.warmup, arms: specs.map((s, i) => ({ armId: s.armId, name: s.name, kind: s.kind, baseInCart: bases[i]! })) });

  const startAtNs = await new Promise<number>((resolve) => {
    port.once('message', (m: { k: 'go'; startAtNs: number }) => resolve(m.startAtNs));
  });
  const periodNs = 1e9 / config.controlRateHz;
  const sched = new TickScheduler(periodNs, startAtNs, {
    nowNs: clock.nowNs,
    sleepMs: (ms) => {
      Atomics.wait(sleepCell, 0, 0, ms);
    },
  });
  const telemetryEvery = Math.max(1, Math.round(config.controlRateHz / config.telemetryRateHz));
  const batchTicks = Math.max(1, Math.round(config.controlRateHz * 0.05));
  const recorder = data.recorder;

  const tickIn = new InputDrain<ArrivedArmsFrame>((req) => req.hands ?? req.frame);

  const nArms = specs.length;
  let rows = recorder ? new Float64Array(batchTicks * nArms * TICK_ROW) : new Float64Array(0);
  const reuseRows = reusesRowBuffer(d.data.gcMode ?? 'local');
  let nRows = 0;
  let reasons: Array<[number, string, number]> = [];
  let marks: number[] = [];
  const lastRecordedReason: string[] = specs.map(() => '');
  let overruns = 0;
  let prevStart = NaN;
  let samples: LoopSamples = { periodNs: [], latenessNs: [], workNs: [] };
  let cpuS = threadCpuSeconds();
  let lastCpuReadTick = 0;
  let lastStates = '';
  let shutdown: { untilNs: number } | null = null;
  let restTicks = 0;
  let prevSp = '';

  const counters = (tickCount: number, nowNs: number): LoopCounters => ({ ticks: tickCount, overruns, marginUs: sched.marginUs, spinNs: sched.spinNs, elapsedNs: nowNs - startAtNs, threadCpuS: cpuS });

  const flushBatch = (): void => {
    if (!recorder || (nRows === 0 && marks.length === 0)) return;
    const batch: RecorderTickBatch = { k: 'ticks', rows, n: nRows, arms: nArms, reasons, marks };
    if (reuseRows) {
      // Copied by postMessage (off the loop's heap): the loop keeps its one buffer (gc-mode.ts).
      recorder.postMessage(batch);
    } else {
      recorder.postMessage(batch, [rows.buffer]);
      rows = new Float64Array(batchTicks * nArms * TICK_ROW);
    }
    nRows = 0;
    reasons = [];
    marks = [];
  };

  /** Every arm's row of this tick, arm 0 first. */
  const recordRows = (tick: number, nowNs: number, readings: readonly ArmReading[], out: MultiArmOutput): void => {
    for (let k = 0; k < nArms; k++) {
      const a = out.arms[k]!;
      const reading = readings[k]!;
      const o = nRows * TICK_ROW;
      rows[o + ROW.tick] = tick;
      rows[o + ROW.timeNs] = nowNs;
      const sp = a.setpoint_cp;
      for (let i = 0; i < 3; i++) rows[o + ROW.sp + i] = sp.position[i]!;
      for (let i = 0; i < 4; i++) rows[o + ROW.sp + 3 + i] = sp.orientation[i]!;
      rows[o + ROW.jawSp] = a.jaw_setpoint_rad;
      const m = reading.measured_cp;
      for (let i = 0; i < 3; i++) rows[o + ROW.m + i] = m.position[i]!;
      for (let i = 0; i < 4; i++) rows[o + ROW.m + 3 + i] = m.orientation[i]!;
      for (let j = 0; j < 6; j++) rows[o + ROW.js + j] = reading.measured_js[j] ?? NaN;
      rows[o + ROW.jawM] = reading.jaw_measured_rad;
      rows[o + ROW.state] = STATES.indexOf(a.state);
      rows[o + ROW.op] = OP_STATES.indexOf(reading.operating_state);
      rows[o + ROW.seq] = a.core?.lastAppliedSeq ?? -1;
      if (a.reason !== lastRecordedReason[k]) {
        reasons.push([tick, a.reason, k]);
        lastRecordedReason[k] = a.reason;
      }
      nRows++;
    }
    if (nRows === batchTicks * nArms) flushBatch();
  };

  const stop = async (last: { tick: number; state: SupervisorState; reason: string }, atRest: boolean): Promise<void> => {
    flushBatch();
    let disabled = true;
    let error: string | undefined;
    for (const arm of arms) {
      try {
        await arm.disable();
        await (arm as { close?: () => Promise<void> }).close?.();
      } catch (e) {
        disabled = false;
        error = `${arm.name}: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    post({ k: 'stopped', tick: last.tick, state: last.state, reason: last.reason, disabled, atRest, ...(error !== undefined ? { error } : {}) });
  };

  const tickOnce = (): void => {
    const timing = sched.waitNext();
    const nowNs = timing.startNs;
    const tick = timing.tick;
    overruns += timing.missed;
    const lastSeq = tickIn.drain(d.inputs);
    if (tickIn.shutdownHoldS !== null) shutdown = { untilNs: nowNs + tickIn.shutdownHoldS * 1e9 };
    if (lastSeq >= 0 && recorder) marks.push(tick, lastSeq);

    const { readings, output } = runArmsTick(core, arms, nowNs, tickIn.tickInputs());
    tickIn.consumed();
    shared[0] = tick + 1;
    shared[1] = sched.nextDeadlineNs;
    if (recorder) recordRows(tick, nowNs, readings, output);

    const first = output.arms[0]!;
    const states = output.arms.map((a) => `${a.state}:${a.reason}`).join(',') + (output.cameraMode ? ':camera' : '');
    const stateChanged = states !== lastStates;
    if (output.acks.length > 0 || output.events.length > 0 || stateChanged) {
      post({ k: 'out', tick, timeNs: nowNs, acks: output.acks, events: output.events, state: first.state, reason: first.reason, stateChanged });
      lastStates = states;
    }
    if (!Number.isNaN(prevStart)) samples.periodNs.push(nowNs - prevStart);
    prevStart = nowNs;
    samples.latenessNs.push(timing.latenessNs);

    if (tick % telemetryEvery === 0) {
      if (tick - lastCpuReadTick >= config.controlRateHz) {
        cpuS = threadCpuSeconds();
        lastCpuReadTick = tick;
      }
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
          base_frame: bases[i]!,
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
        controllerId: tickIn.controllerId,
        loop: counters(tick + 1, nowNs),
        samples,
        arms: armSnaps,
        cameraMode: output.cameraMode,
      };
      post(snap);
      samples = { periodNs: [], latenessNs: [], workNs: [] };
    }
    samples.workNs.push(clock.nowNs() - nowNs);

    const sd = shutdown as { untilNs: number } | null;
    if (sd !== null) {
      // At rest: every arm holding, its setpoint still and its tip on it.
      const sp = JSON.stringify(output.arms.map((a) => a.setpoint_cp));
      const still = sp === prevSp;
      prevSp = sp;
      const holding = output.arms.every((a) => a.state !== 'FOLLOWING' && a.state !== 'ENGAGING' && a.state !== 'CLUTCHED');
      const onTip = output.arms.every((a, i) => {
        const m = readings[i]!.measured_cp.position;
        const p = a.setpoint_cp.position;
        return Math.hypot(m[0] - p[0], m[1] - p[1], m[2] - p[2]) < REST_TIP_M;
      });
      restTicks = holding && still && onTip ? restTicks + 1 : 0;
      const atRest = restTicks >= REST_TICKS;
      if (atRest || nowNs >= sd.untilNs) {
        void stop({ tick, state: first.state, reason: first.reason }, atRest);
        return;
      }
    }
    setImmediate(guarded);
  };

  const guarded = (): void => {
    try {
      tickOnce();
    } catch (e) {
      d.fatal(e);
      for (const arm of arms) void arm.disable().catch(() => undefined);
    }
  };
  setImmediate(guarded);
}
