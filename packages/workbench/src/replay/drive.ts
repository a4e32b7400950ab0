// The hand-over both replay loops share (engine.ts for one arm, arms-engine.ts for several): inputs from
// a schedule handed to each tick exactly as the live loop hands them (per kind in arrival order, through
// per-tick arrays reused and cleared after each step, the control lock as of that tick), the core's link
// figures sampled for the report, progress, and the wall time of the loop alone.
import type { ClockSample, LinkFigures, MasterKind } from '@farhand/latency-core';
import type { LinkSample, Scheduled, TickGrid } from './engine.js';

/** The inputs of one tick; the arrays are the driver's and are cleared after the tick. */
export interface TickInputs<F, M> {
  frames: F[];
  clockSamples: ClockSample[];
  commands: M[];
  controllerId: string | null;
  masterKind?: MasterKind;
}

/** Each list sorted by `at`, stable. */
export interface DriveSchedule<F, M> {
  frames: Scheduled<F>[];
  clocks: Scheduled<ClockSample>[];
  commands: Scheduled<M>[];
  controls: Scheduled<string | null>[];
  /** Each session's master kind as recorded (absent: UNACTUATED). */
  masterKinds?: ReadonlyMap<string, MasterKind>;
}

export interface Driven {
  link: LinkSample[];
  finalLink: LinkFigures | null;
  loopSeconds: number;
}

/** Runs `step` once per grid tick; `step` returns the core's link figures of that tick. */
export function driveSchedule<F, M>(
  grid: TickGrid,
  schedule: DriveSchedule<F, M>,
  step: (tick: number, nowNs: number, inputs: TickInputs<F, M>) => LinkFigures,
  onProgress?: (done: number, total: number) => void,
): Driven {
  const n = grid.length;
  const inputs: TickInputs<F, M> = { frames: [], clockSamples: [], commands: [], controllerId: null };
  const { frames: sf, clocks: sc, commands: sm, controls: sl } = schedule;
  let fi = 0;
  let ci = 0;
  let mi = 0;
  let li = 0;
  const link: LinkSample[] = [];
  const sampleEvery = Math.max(1, Math.floor(n / 500));
  const progressEvery = Math.max(1, Math.floor(n / 100));
  const t0 = grid.timeNs[0] ?? 0;
  let finalLink: LinkFigures | null = null;
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    while (fi < sf.length && sf[fi]!.at <= i) inputs.frames.push(sf[fi++]!.item);
    while (ci < sc.length && sc[ci]!.at <= i) inputs.clockSamples.push(sc[ci++]!.item);
    while (mi < sm.length && sm[mi]!.at <= i) inputs.commands.push(sm[mi++]!.item);
    while (li < sl.length && sl[li]!.at <= i) inputs.controllerId = sl[li++]!.item;
    const masterKind = inputs.controllerId !== null ? schedule.masterKinds?.get(inputs.controllerId) : undefined;
    if (masterKind) inputs.masterKind = masterKind;
    else delete inputs.masterKind;
    const nowNs = grid.timeNs[i] as number;
    const l = step(grid.tick[i] as number, nowNs, inputs);
    inputs.frames.length = 0;
    inputs.clockSamples.length = 0;
    inputs.commands.length = 0;
    if (i % sampleEvery === 0 || i === n - 1) {
      link.push({ timeS: (nowNs - t0) / 1e9, oneWayDelayS: l.oneWayDelayS, jitterS: l.jitterS, lossRatio: l.lossRatio, playoutDelayS: l.playoutDelayS, rttS: l.rttS });
      if (i === n - 1) finalLink = { ...l };
    }
    if (onProgress && i % progressEvery === 0) onProgress(i, n);
  }
  const loopSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  onProgress?.(n, n);
  return { link, finalLink, loopSeconds };
}
