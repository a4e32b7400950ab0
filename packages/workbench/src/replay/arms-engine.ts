// The replay loop for several arms (issue 15): the live multi-arm loop's runtime and tick
// (@farhand/loop createArmsRuntime, runArmsTick), fed from a schedule as fast as the CPU allows, with
// the hand-over rules of the one-arm engine (engine.ts): per kind in arrival order, per-tick arrays
// reused and cleared after each step, the control lock as of that tick. One Trace per arm.
import type { ArmCoreCommand, ArrivedArmsFrame, ClockSample, LinkFigures } from '@farhand/latency-core';
import type { EffectiveConfig } from '@farhand/loop';
import { createArmsRuntime, runArmsTick } from '@farhand/loop';
import type { LinkSample, Scheduled, TickGrid } from './engine.js';
import { Trace } from './trace.js';

/** Everything handed to the composition, tick by tick. Each list sorted by `at`, stable. */
export interface ArmsSchedule {
  frames: Scheduled<ArrivedArmsFrame>[];
  clocks: Scheduled<ClockSample>[];
  commands: Scheduled<ArmCoreCommand>[];
  controls: Scheduled<string | null>[];
  masterKinds?: ReadonlyMap<string, 'ACTUATED' | 'UNACTUATED'>;
}

export interface ArmsRunResult {
  /** One per arm, in arm order; traces[0] also carries the composition's events and acks. */
  traces: Trace[];
  names: string[];
  link: LinkSample[];
  finalLink: LinkFigures | null;
  loopSeconds: number;
}

export async function runArmsSchedule(config: EffectiveConfig, grid: TickGrid, schedule: ArmsSchedule, options: { onProgress?: (done: number, total: number) => void } = {}): Promise<ArmsRunResult> {
  const { core, arms } = await createArmsRuntime(config);
  const n = grid.length;
  const traces = core.arms.map(() => new Trace(n));
  const frames: ArrivedArmsFrame[] = [];
  const clockSamples: ClockSample[] = [];
  const commands: ArmCoreCommand[] = [];
  let controllerId: string | null = null;
  let fi = 0;
  let ci = 0;
  let mi = 0;
  let li = 0;
  const { frames: sf, clocks: sc, commands: sm, controls: sl } = schedule;
  const link: LinkSample[] = [];
  const sampleEvery = Math.max(1, Math.floor(n / 500));
  const progressEvery = Math.max(1, Math.floor(n / 100));
  const t0 = grid.timeNs[0] ?? 0;
  let finalLink: LinkFigures | null = null;
  const started = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    while (fi < sf.length && sf[fi]!.at <= i) frames.push(sf[fi++]!.item);
    while (ci < sc.length && sc[ci]!.at <= i) clockSamples.push(sc[ci++]!.item);
    while (mi < sm.length && sm[mi]!.at <= i) commands.push(sm[mi++]!.item);
    while (li < sl.length && sl[li]!.at <= i) controllerId = sl[li++]!.item;
    const nowNs = grid.timeNs[i] as number;
    const tick = grid.tick[i] as number;
    const masterKind = controllerId !== null ? schedule.masterKinds?.get(controllerId) : undefined;
    const { readings, output } = runArmsTick(core, arms, nowNs, { frames, clockSamples, commands, controllerId, ...(masterKind ? { masterKind } : {}) });
    frames.length = 0;
    clockSamples.length = 0;
    commands.length = 0;
    for (let k = 0; k < traces.length; k++) {
      const a = output.arms[k]!;
      // What the live loop records per arm: the camera has no core, so no applied seq (-1, recorded as 0).
      traces[k]!.pushStep(tick, nowNs, readings[k]!, { setpoint_cp: a.setpoint_cp, jaw_setpoint_rad: a.jaw_setpoint_rad, state: a.state, reason: a.reason, lastAppliedSeq: a.core?.lastAppliedSeq ?? -1 });
    }
    const t = traces[0]!;
    if (output.events.length > 0) t.addEvents(tick, nowNs, output.events);
    for (const ack of output.acks) t.acks.push({ tick, ack });
    if (i % sampleEvery === 0 || i === n - 1) {
      const l = output.link;
      link.push({ timeS: (nowNs - t0) / 1e9, oneWayDelayS: l.oneWayDelayS, jitterS: l.jitterS, lossRatio: l.lossRatio, playoutDelayS: l.playoutDelayS, rttS: l.rttS });
      if (i === n - 1) finalLink = { ...l };
    }
    if (options.onProgress && i % progressEvery === 0) options.onProgress(i, n);
  }
  const loopSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  options.onProgress?.(n, n);
  for (const a of arms) await a.disable().catch(() => undefined);
  return { traces, names: core.arms.map((s) => s.name), link, finalLink, loopSeconds };
}
