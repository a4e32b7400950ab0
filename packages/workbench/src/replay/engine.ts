// The replay loop: the same runtime (loop/runtime.ts) and the same tick (loop/tick.ts) as the live
// agent, fed from a schedule instead of sockets, as fast as the CPU allows. Inputs are handed exactly
// as the live loop hands them (drive.ts).
import type { ArrivedFrame, CoreCommand, LinkFigures } from '@farhand/latency-core';
import type { EffectiveConfig } from '@farhand/loop';
import { createRuntime, runTick } from '@farhand/loop';
import { driveSchedule, type DriveSchedule } from './drive.js';
import { Trace } from './trace.js';

/** One input at a tick index (0 = the first tick of the run), in hand-over order. */
export interface Scheduled<T> {
  at: number;
  item: T;
}

/** Everything handed to the core, tick by tick. Each list sorted by `at`, stable. */
export type Schedule = DriveSchedule<ArrivedFrame, CoreCommand>;

/** The tick grid of a run: the recording's tick numbers and times. */
export interface TickGrid {
  length: number;
  tick: Float64Array;
  timeNs: Float64Array;
}

/** The core's own link figures, sampled for the report. */
export interface LinkSample {
  timeS: number;
  oneWayDelayS: number;
  jitterS: number;
  lossRatio: number;
  playoutDelayS: number;
  rttS: number;
}

export interface RunResult {
  trace: Trace;
  /** The core's link figures every ~1/500 of the run (at most ~500 samples), and at the end. */
  link: LinkSample[];
  finalLink: LinkFigures | null;
  /** Wall time of the loop alone (runtime creation excluded), s. */
  loopSeconds: number;
}

export interface RunOptions {
  /** Called every ~1% of the ticks with (done, total). */
  onProgress?: (done: number, total: number) => void;
}

export async function runSchedule(config: EffectiveConfig, grid: TickGrid, schedule: Schedule, options: RunOptions = {}): Promise<RunResult> {
  const { core, arm } = await createRuntime(config);
  const trace = new Trace(grid.length);
  const driven = driveSchedule(
    grid,
    schedule,
    (tick, nowNs, inputs) => {
      const { reading, output } = runTick(core, arm, nowNs, inputs);
      trace.pushStep(tick, nowNs, reading, output);
      if (output.events.length > 0) trace.addEvents(tick, nowNs, output.events);
      for (const ack of output.acks) trace.acks.push({ tick, ack });
      return output.link;
    },
    options.onProgress,
  );
  await arm.disable().catch(() => undefined);
  return { trace, ...driven };
}
