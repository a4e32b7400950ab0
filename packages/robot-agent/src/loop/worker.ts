// The control loop thread. It owns the core and the arm driver and nothing else: no sockets of its own
// (unless the driver has some), no logging, no disk. Each tick: wait for the grid slot (scheduler.ts),
// drain the inputs main has queued (its lock-free ring, then the port: no lock shared with main, no event
// dispatch), run the tick, hand results out (a ring to main, a port to the recorder), then return to the event loop with
// setImmediate so a driver's sockets are serviced between ticks.
import { parentPort, workerData } from 'node:worker_threads';
import type { ArrivedFrame, CoreOutput, ArmReading, SupervisorState } from '@farhand/latency-core';
import { createClock } from '../clock.js';
import {
  OP_STATES,
  ROW,
  STATES,
  TICK_ROW,
  type LoopMessage,
  type LoopCounters,
  type LoopSamples,
  type LoopWorkerData,
  type RecorderTickBatch,
  type Snapshot,
} from './messages.js';
import { raiseThreadPriority } from './priority.js';
import { LoopInputReader, portInputReader } from './loop-inputs.js';
import { InputDrain } from './input-drain.js';
import { LoopOutputWriter } from './loop-outputs.js';
import { createRuntime, isMultiArm, runTick } from '@farhand/loop';
import { runArmsLoop } from './arms-loop.js';
import { warmUpLoop } from './warmup.js';
import { TickScheduler } from './scheduler.js';
import { reusesRowBuffer } from './gc-mode.js';
import { threadCpuSeconds } from './thread-cpu.js';
import { createLogger } from '../log.js';

if (parentPort === null) throw new Error('loop/worker.js runs as a worker thread');
const port = parentPort;
const data = workerData as LoopWorkerData;
const clock = createClock(data.originHrNs);
const shared = new Float64Array(data.shared);
const sleepCell = new Int32Array(new SharedArrayBuffer(4));
// Main -> loop inputs: the lock-free ring, then the port (loop-inputs.ts).
const inputs = data.inputRing ? new LoopInputReader(data.inputRing, data.inputs) : portInputReader(data.inputs);

// Loop -> main: acks, events and snapshots through the lock-free ring (loop-outputs.ts), the rest by port.
const outputs = data.outputRing ? new LoopOutputWriter(data.outputRing, (m) => port.postMessage(m)) : null;
function post(m: LoopMessage): void {
  if (outputs) outputs.post(m);
  else port.postMessage(m);
}

/** "At rest" at shutdown: the setpoint has not moved for REST_TICKS ticks and the tip is within REST_TIP_M of it. */
const REST_TICKS = 20;
const REST_TIP_M = 0.001;

async function main(): Promise<void> {
  const config = data.config;
  const scheduling = raiseThreadPriority(config.loopPriority);
  // Only a networked driver logs from the loop thread (connection loss, dropped publishes); the sim is silent.
  const logger = config.driver === 'sim' ? undefined : createLogger({ level: config.logLevel, file: config.logFile, agentSessionId: 'loop' }).child({ thread: 'loop' });
  // The hot code optimized on a throwaway simulated loop before the live runtime exists (warmup.ts).
  const w = await warmUpLoop(config, data.warmupTicks ?? 0, () => clock.nowNs() / 1e6);
  const warmup = { ticks: w.ticks, ms: w.ms };
  // Several arms (config `arms`): their own loop (arms-loop.ts); this one stays the one-arm path.
  if (isMultiArm(config)) return runArmsLoop({ port, inputs, data, clock, shared, sleepCell, post, scheduling, warmup, fatal, ...(logger ? { logger } : {}) });
  const { core, arm, initialReading } = await createRuntime(config, logger ? { logger } : {});
  post({ k: 'ready', reading: initialReading, armIds: [config.core.armId], driver: arm.name, scheduling, warmup });

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

  // Per-tick buffers, reused.
  const tickIn = new InputDrain<ArrivedFrame>((req) => req.frame);

  let rows = recorder ? new Float64Array(batchTicks * TICK_ROW) : new Float64Array(0);
  const reuseRows = reusesRowBuffer(data.gcMode ?? 'local');
  let nRows = 0;
  let reasons: Array<[number, string]> = [];
  let marks: number[] = [];
  let lastRecordedReason = '';

  // Loop timing: raw samples go to main with each snapshot; quantiles are main's job, not the loop's.
  let overruns = 0;
  let prevStart = NaN;
  let samples: LoopSamples = { periodNs: [], latenessNs: [], workNs: [] };
  let cpuS = threadCpuSeconds();
  let lastCpuReadTick = 0;
  const loopStartNs = startAtNs;

  let lastState: SupervisorState | '' = '';
  let lastReason = '';
  let shutdown: { untilNs: number } | null = null;
  let restTicks = 0;
  const prevSp = [NaN, NaN, NaN, NaN, NaN, NaN, NaN];

  const counters = (tickCount: number, nowNs: number): LoopCounters => ({
    ticks: tickCount,
    overruns,
    marginUs: sched.marginUs,
    spinNs: sched.spinNs,
    elapsedNs: nowNs - loopStartNs,
    threadCpuS: cpuS,
  });

  const flushBatch = (): void => {
    if (!recorder || (nRows === 0 && marks.length === 0)) return;
    const batch: RecorderTickBatch = { k: 'ticks', rows, n: nRows, reasons, marks };
    if (reuseRows) {
      // Copied by postMessage (off the loop's heap): the loop keeps its one buffer (gc-mode.ts).
      recorder.postMessage(batch);
    } else {
      recorder.postMessage(batch, [rows.buffer]);
      rows = new Float64Array(batchTicks * TICK_ROW);
    }
    nRows = 0;
    reasons = [];
    marks = [];
  };

  const recordRow = (tick: number, nowNs: number, reading: ArmReading, out: CoreOutput): void => {
    const o = nRows * TICK_ROW;
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
    if (out.reason !== lastRecordedReason) {
      reasons.push([tick, out.reason]);
      lastRecordedReason = out.reason;
    }
    if (++nRows === batchTicks) flushBatch();
  };

  const stop = async (last: { tick: number; state: SupervisorState; reason: string }, atRest: boolean): Promise<void> => {
    flushBatch();
    let disabled = false;
    let error: string | undefined;
    try {
      await arm.disable();
      disabled = true;
      // A networked driver leaves its graph (ROS: unregisters from the master) once the arm is disabled.
      await (arm as { close?: () => Promise<void> }).close?.();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    post({ k: 'stopped', tick: last.tick, state: last.state, reason: last.reason, disabled, atRest, ...(error !== undefined ? { error } : {}) });
  };

  const tickOnce = (): void => {
    const timing = sched.waitNext();
    const nowNs = timing.startNs;
    const tick = timing.tick;
    overruns += timing.missed;

    const lastSeq = tickIn.drain(inputs);
    if (tickIn.shutdownHoldS !== null) shutdown = { untilNs: nowNs + tickIn.shutdownHoldS * 1e9 };
    if (lastSeq >= 0 && recorder) marks.push(tick, lastSeq);

    const { reading, output } = runTick(core, arm, nowNs, tickIn.tickInputs());
    tickIn.consumed();

    shared[0] = tick + 1;
    shared[1] = sched.nextDeadlineNs;

    if (recorder) recordRow(tick, nowNs, reading, output);

    const stateChanged = output.state !== lastState || output.reason !== lastReason;
    if (output.acks.length > 0 || output.events.length > 0 || stateChanged) {
      post({ k: 'out', tick, timeNs: nowNs, acks: output.acks, events: output.events, state: output.state, reason: output.reason, stateChanged });
      lastState = output.state;
      lastReason = output.reason;
    }

    if (!Number.isNaN(prevStart)) samples.periodNs.push(nowNs - prevStart);
    prevStart = nowNs;
    samples.latenessNs.push(timing.latenessNs);

    if (tick % telemetryEvery === 0) {
      if (tick - lastCpuReadTick >= config.controlRateHz) {
        cpuS = threadCpuSeconds();
        lastCpuReadTick = tick;
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
        controllerId: tickIn.controllerId,
        loop: counters(tick + 1, nowNs),
        samples,
      };
      post(snap);
      samples = { periodNs: [], latenessNs: [], workNs: [] };
    }

    samples.workNs.push(clock.nowNs() - nowNs);

    const sd = shutdown as { untilNs: number } | null;
    if (sd !== null) {
      // At rest: a holding state whose setpoint stopped moving, with the tip on it.
      const sp = output.setpoint_cp;
      let still = true;
      for (let i = 0; i < 7; i++) {
        const v = i < 3 ? sp.position[i]! : sp.orientation[i - 3]!;
        if (v !== prevSp[i]) still = false;
        prevSp[i] = v;
      }
      const m = reading.measured_cp.position;
      const tipErr = Math.hypot(m[0] - sp.position[0], m[1] - sp.position[1], m[2] - sp.position[2]);
      const holding = output.state !== 'FOLLOWING' && output.state !== 'ENGAGING' && output.state !== 'CLUTCHED';
      restTicks = holding && still && tipErr < REST_TIP_M ? restTicks + 1 : 0;
      const atRest = restTicks >= REST_TICKS;
      if (atRest || nowNs >= sd.untilNs) {
        void stop({ tick, state: output.state, reason: output.reason }, atRest);
        return;
      }
    }
    setImmediate(guarded);
  };

  const guarded = (): void => {
    try {
      tickOnce();
    } catch (e) {
      fatal(e);
      // The core or driver threw: the arm must not keep its last setpoint streaming. Disable it.
      void arm.disable().catch(() => undefined);
    }
  };
  setImmediate(guarded);
}

function fatal(e: unknown): void {
  post({ k: 'fatal', error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}

main().catch(fatal);
