// The control loop thread. It owns the core and the arm driver and nothing else: no sockets of its own
// (unless the driver has some), no logging, no disk. Each tick: wait for the grid slot (scheduler.ts),
// drain the inputs main has queued (its lock-free ring, then the port: no lock shared with main, no event
// dispatch), run the tick, hand results out (a ring to main, a port to the recorder), then return to the event loop with
// setImmediate so a driver's sockets are serviced between ticks.
import { parentPort, workerData } from 'node:worker_threads';
import { createClock } from '../clock.js';
import type { LoopMessage, LoopWorkerData } from './messages.js';
import { raiseThreadPriority } from './priority.js';
import { LoopInputReader, portInputReader } from './loop-inputs.js';
import { LoopOutputWriter } from './loop-outputs.js';
import { OneArmTicker, type LoopEnd } from './one-arm-tick.js';
import { createRuntime, isMultiArm } from '@farhand/loop';
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
  // The tick body, the one the warm-up ran (one-arm-tick.ts).
  const ticker = new OneArmTicker({
    config,
    core,
    arm,
    sched,
    startAtNs,
    inputs,
    post,
    recorder: data.recorder,
    reuseRows: reusesRowBuffer(data.gcMode ?? 'local'),
    shared,
    nowNs: clock.nowNs,
    cpuSeconds: threadCpuSeconds,
  });

  const stop = async (last: LoopEnd): Promise<void> => {
    ticker.flush();
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
    post({ k: 'stopped', tick: last.tick, state: last.state, reason: last.reason, disabled, atRest: last.atRest, ...(error !== undefined ? { error } : {}) });
  };

  const guarded = (): void => {
    try {
      const end = ticker.tick();
      if (end !== null) {
        void stop(end);
        return;
      }
    } catch (e) {
      fatal(e);
      // The core or driver threw: the arm must not keep its last setpoint streaming. Disable it.
      void arm.disable().catch(() => undefined);
      return;
    }
    setImmediate(guarded);
  };
  setImmediate(guarded);
}

function fatal(e: unknown): void {
  post({ k: 'fatal', error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}

main().catch(fatal);
