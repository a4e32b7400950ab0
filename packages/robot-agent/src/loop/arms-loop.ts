// The control loop for several arms (config `arms`, issue 15): the same grid and shutdown as worker.ts's
// one-arm loop, around its own tick body (arms-tick.ts: every arm read, the MultiArmCore stepped, every
// arm written, in one tick).
//
// Recording: one tick row per arm per tick (arm 0 first; TickRecord.arm_id), the frames (two-handed
// envelopes), commands and clock samples in full: `farhand replay` rebuilds every arm from them.
import type { MessagePort } from 'node:worker_threads';
import { createArmsRuntime } from '@farhand/loop';
import type { Logger } from 'pino';
import type { LoopMessage, LoopRequest, LoopWorkerData } from './messages.js';
import { ArmsTicker, cartBases } from './arms-tick.js';
import type { LoopEnd } from './one-arm-tick.js';
import { TickScheduler } from './scheduler.js';
import { reusesRowBuffer } from './gc-mode.js';
import { threadCpuSeconds } from './thread-cpu.js';

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
  const bases = cartBases(specs);
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
  // The tick body, the one the warm-up ran (arms-tick.ts).
  const ticker = new ArmsTicker({
    config,
    core,
    arms,
    bases,
    sched,
    startAtNs,
    inputs: d.inputs,
    post,
    recorder: data.recorder,
    reuseRows: reusesRowBuffer(data.gcMode ?? 'local'),
    shared,
    nowNs: clock.nowNs,
    cpuSeconds: threadCpuSeconds,
  });

  const stop = async (last: LoopEnd): Promise<void> => {
    ticker.flush();
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
      d.fatal(e);
      for (const arm of arms) void arm.disable().catch(() => undefined);
      return;
    }
    setImmediate(guarded);
  };
  setImmediate(guarded);
}
