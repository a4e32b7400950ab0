// The replay loop: the same runtime (loop/runtime.ts) and the same tick (loop/tick.ts) as the live
// agent, fed from a schedule instead of sockets, as fast as the CPU allows. Inputs are handed exactly
// as the live loop hands them: per kind in arrival order, through per-tick arrays that are reused and
// cleared after each step, with the control lock as of that tick.
import type { ArrivedFrame, ClockSample, CoreCommand, LinkFigures, MasterKind } from '@farhand/latency-core';
import type { EffectiveConfig } from '@farhand/loop';
import { createRuntime, runTick } from '@farhand/loop';
import { Trace } from './trace.js';

/** One input at a tick index (0 = the first tick of the run), in hand-over order. */
export interface Scheduled<T> {
  at: number;
  item: T;
}

/** Everything handed to the core, tick by tick. Each list sorted by `at`, stable. */
export interface Schedule {
  frames: Scheduled<ArrivedFrame>[];
  clocks: Scheduled<ClockSample>[];
  commands: Scheduled<CoreCommand>[];
  controls: Scheduled<string | null>[];
  /** Each session's master kind as recorded (absent: UNACTUATED). */
  masterKinds?: ReadonlyMap<string, MasterKind>;
}

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
  const n = grid.length;
  const trace = new Trace(n);
  const frames: ArrivedFrame[] = [];
  const clockSamples: ClockSample[] = [];
  const commands: CoreCommand[] = [];
  let controllerId: string | null = null;
  let fi = 0;
  let ci = 0;
  let mi = 0;
  let li = 0;
  const sf = schedule.frames;
  const sc = schedule.clocks;
  const sm = schedule.commands;
  const sl = schedule.controls;
  const link: LinkSample[] = [];
  const sampleEvery = Math.max(1, Math.floor(n / 500));
  const progressEvery = Math.max(1, Math.floor(n / 100));
  const t0 = grid.timeNs[0] ?? 0;
  let finalLink: LinkFigures | null = null;
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    while (fi < sf.length && (sf[fi] as Scheduled<ArrivedFrame>).at <= i) frames.push((sf[fi++] as Scheduled<ArrivedFrame>).item);
    while (ci < sc.length && (sc[ci] as Scheduled<ClockSample>).at <= i) clockSamples.push((sc[ci++] as Scheduled<ClockSample>).item);
    while (mi < sm.length && (sm[mi] as Scheduled<CoreCommand>).at <= i) commands.push((sm[mi++] as Scheduled<CoreCommand>).item);
    while (li < sl.length && (sl[li] as Scheduled<string | null>).at <= i) controllerId = (sl[li++] as Scheduled<string | null>).item;
    const nowNs = grid.timeNs[i] as number;
    const tick = grid.tick[i] as number;
    const masterKind = controllerId !== null ? schedule.masterKinds?.get(controllerId) : undefined;
    const { reading, output } = runTick(core, arm, nowNs, { frames, clockSamples, commands, controllerId, ...(masterKind ? { masterKind } : {}) });
    frames.length = 0;
    clockSamples.length = 0;
    commands.length = 0;
    trace.pushStep(tick, nowNs, reading, output);
    if (output.events.length > 0) trace.addEvents(tick, nowNs, output.events);
    for (const ack of output.acks) trace.acks.push({ tick, ack });
    if (i % sampleEvery === 0 || i === n - 1) {
      const l = output.link;
      link.push({ timeS: (nowNs - t0) / 1e9, oneWayDelayS: l.oneWayDelayS, jitterS: l.jitterS, lossRatio: l.lossRatio, playoutDelayS: l.playoutDelayS, rttS: l.rttS });
      if (i === n - 1) finalLink = { ...l };
    }
    if (options.onProgress && i % progressEvery === 0) options.onProgress(i, n);
  }
  const loopSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  options.onProgress?.(n, n);
  await arm.disable().catch(() => undefined);
  return { trace, link, finalLink, loopSeconds };
}
