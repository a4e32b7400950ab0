// A replay from file to report: load the session, rebuild its config (with any changes), run the
// recorded inputs at their recorded ticks (the reference run: with the recorded config it must equal
// the recording bit for bit), and, when a link is given, run the same inputs again over that link and
// measure the run against the reference.
import { isMultiArm, type EffectiveConfig } from '@farhand/loop';
import type { ImpairmentParams } from '../link/impairment.js';
import { describeImpairment } from '../link/options.js';
import { compareTraces, describeDifference, type Comparison } from './compare.js';
import { runArmsSchedule, type ArmsRunResult, type ArmsSchedule } from './arms-engine.js';
import { stateTimes, trackingFigures } from './figures.js';
import type { Trace } from './trace.js';
import { runSchedule, type RunResult, type Schedule, type TickGrid } from './engine.js';
import { applyOverrides, type ConfigChange, type ConfigOverride } from './overrides.js';
import { armPlots, buildReport, type ArmReproduction, type ArmWhatIf, type ReplayReport } from './report.js';
import { retimeSession, type RetimeResult, type StreamKind } from './retime.js';
import { DEFAULT_WHATIF_SEEDS, seedFigures, spreadOf, type SeedFigures } from './seeds.js';
import { loadSession, masterKindsOf, type LoadedSession, type SessionFrame } from './session.js';

export interface ReplayOptions {
  overrides?: readonly ConfigOverride[];
  /** Re-impair over this link; null/undefined: the recorded timing only. */
  impairment?: ImpairmentParams | null;
  /** With an impairment: datagram (the DataChannel, default) or tcp (the WebSocket: retransmissions, head-of-line stalls). */
  stream?: StreamKind;
  /** With an impairment: how many seeds to run (impairment.seed, +1, ...); default DEFAULT_WHATIF_SEEDS. */
  seeds?: number;
  /** Replay the readable part of a truncated or damaged file instead of failing. */
  allowDamaged?: boolean;
  onProgress?: (phase: 'load' | 'reference' | 'impaired', done: number, total: number) => void;
}

/** A multi-arm recording replay cannot rebuild (made before per-arm tick rows, or inconsistent), and why. */
export class MultiArmRecordingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MultiArmRecordingError';
  }
}

export class DamagedSessionError extends Error {
  override name = 'DamagedSessionError';
  constructor(
    message: string,
    readonly session: LoadedSession,
  ) {
    super(message);
  }
}

export interface ReplayOutcome {
  report: ReplayReport;
  /** The run measured in the report: the impaired one when a link was given, else the reference. */
  reproduction: Comparison;
}

/** The recorded inputs at their recorded ticks. */
export function recordedSchedule(session: LoadedSession, grid: TickGrid): Schedule {
  const first = grid.tick[0] as number;
  const at = (tick: number) => Math.max(0, tick - first);
  return {
    frames: session.frames.map((f) => ({ at: at(f.tick), item: f.arrived })).sort(byAt),
    clocks: session.clocks.map((c) => ({ at: at(c.tick), item: c.sample })).sort(byAt),
    commands: session.commands.flatMap((c) => (c.command ? [{ at: at(c.tick), item: c.command }] : [])).sort(byAt),
    controls: session.controls.map((c) => ({ at: at(c.tick), item: c.controllerId })).sort(byAt),
    masterKinds: masterKindsOf(session.events, session.controls),
  };
}

/** The recorded inputs at their recorded ticks, as the multi-arm loop was handed them. */
export function recordedArmsSchedule(session: LoadedSession, grid: TickGrid): ArmsSchedule {
  const first = grid.tick[0] as number;
  const at = (tick: number) => Math.max(0, tick - first);
  return {
    frames: session.frames.map((f) => ({ at: at(f.tick), item: f.arms ?? f.arrived })).sort(byAt),
    clocks: session.clocks.map((c) => ({ at: at(c.tick), item: c.sample })).sort(byAt),
    commands: session.commands.flatMap((c) => (c.command ? [{ at: at(c.tick), item: c.command }] : [])).sort(byAt),
    controls: session.controls.map((c) => ({ at: at(c.tick), item: c.controllerId })).sort(byAt),
    masterKinds: masterKindsOf(session.events, session.controls),
  };
}

// Array.prototype.sort is stable: equal ticks keep file order, which is the order the loop got them in.
function byAt(a: { at: number }, b: { at: number }): number {
  return a.at - b.at;
}

export function describeDamage(session: LoadedSession): string {
  const d = session.damage;
  if (!d) return '';
  const t = session.ticks;
  const seconds = t.length > 1 ? ((t.timeNs[t.length - 1] as number) - (t.timeNs[0] as number)) / 1e9 : 0;
  return `${session.file}: ${d.kind === 'TRUNCATED' ? 'truncated' : d.kind === 'TICK_GAP' ? 'ticks missing' : 'damaged'}: ${d.message}. Readable: ticks ${t.tick[0]}..${t.tick[t.length - 1]} (${seconds.toFixed(3)} s).`;
}

export async function replayFile(file: string, options: ReplayOptions = {}): Promise<ReplayOutcome> {
  const loadStart = process.hrtime.bigint();
  const session = await loadSession(file, { onProgress: (done, total) => options.onProgress?.('load', done, total) });
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
  if (session.damage && !options.allowDamaged) {
    throw new DamagedSessionError(`${describeDamage(session)} Pass --allow-truncated to replay the readable part.`, session);
  }
  return replaySession(session, { ...options, loadSeconds });
}

export async function replaySession(session: LoadedSession, options: ReplayOptions & { loadSeconds?: number } = {}): Promise<ReplayOutcome> {
  const { config, changes } = applyOverrides(session.start.configJson, options.overrides ?? []);
  if (isMultiArm(config)) return replayArms(session, config, changes, options);
  const notes: string[] = [];
  let runConfig: EffectiveConfig = config;
  if (config.driver !== 'sim') {
    // Replay runs against the simulator; the recorded measurements came from a real arm, so they differ.
    runConfig = { ...config, driver: 'sim' };
    notes.push(`recorded with the "${config.driver}" arm driver: replayed against the simulator, so measured_cp cannot match the recording`);
  }
  const grid: TickGrid = { length: session.ticks.length, tick: session.ticks.tick, timeNs: session.ticks.timeNs };
  const reference = await runSchedule(runConfig, grid, recordedSchedule(session, grid), {
    onProgress: (d, t) => options.onProgress?.('reference', d, t),
  });
  const reproduction = compareTraces(session.ticks, reference.trace);
  let impaired: { run: RunResult; retime: RetimeResult; params: ImpairmentParams } | null = null;
  const perSeed: SeedFigures[] = [];
  if (options.impairment) {
    const seeds = options.seeds ?? DEFAULT_WHATIF_SEEDS;
    if (!Number.isInteger(seeds) || seeds < 1 || seeds > 100) throw new RangeError(`seeds = ${seeds}: expected a whole number from 1 to 100`);
    const limits = { maxLinearSpeedMps: runConfig.core.limits.maxLinearSpeedMps, maxAngularSpeedRadps: runConfig.core.limits.maxAngularSpeedRadps };
    for (let k = 0; k < seeds; k++) {
      // The first seed is the one the report plots; the others only add their figures (their traces are dropped).
      const params: ImpairmentParams = { ...options.impairment, seed: options.impairment.seed + k };
      const retime = retimeSession(session, grid, params, options.stream ?? 'datagram');
      const run = await runSchedule(runConfig, grid, retime.schedule, {
        onProgress: (d, t) => options.onProgress?.('impaired', k * t + d, seeds * t),
      });
      perSeed.push(seedFigures(params.seed, run, retime, reference.trace, limits));
      if (k === 0) impaired = { run, retime, params };
    }
  }
  const report = buildReport({
    session,
    config: runConfig,
    changes,
    notes,
    reference,
    reproduction,
    reproductionText: describeDifference(reproduction, session.ticks.timeNs[0] as number),
    impaired: impaired && {
      ...impaired,
      description: `${describeImpairment(impaired.params)}; ${options.stream === 'tcp' ? 'motion as over the WebSocket (TCP: lost packets sent again, later messages wait behind them)' : 'motion as over the DataChannel (datagrams: a lost frame is lost)'}`,
    },
    loadSeconds: options.loadSeconds ?? NaN,
    seeds: perSeed.length > 0 ? { rows: perSeed, spread: spreadOf(perSeed) } : null,
  });
  return { report, reproduction };
}

/**
 * Several arms (issue 15): the recorded effective config rebuilds the composition and every arm
 * (createArmsRuntime), the recorded inputs run at their recorded ticks through runArmsTick, and each
 * arm is compared with its own recorded tick rows. The report's figures are arm 0's; `arms` is per arm
 * (reproduction, what-if figures and plots).
 */
async function replayArms(session: LoadedSession, config: EffectiveConfig, changes: ConfigChange[], options: ReplayOptions & { loadSeconds?: number }): Promise<ReplayOutcome> {
  const names = (config.arms ?? []).join(', ');
  if (session.armTicks.length === 0) {
    throw new MultiArmRecordingError(
      `${session.file}: recorded with several arms (${names}) by an agent that wrote tick rows for ${config.arms?.[0] ?? 'the first arm'} alone (no SessionStart.arms, no per-arm TickRecords), so the other arms cannot be compared; record it again with this version.`,
    );
  }
  if (session.armTicks.length !== (config.arms ?? []).length) {
    throw new MultiArmRecordingError(`${session.file}: SessionStart lists ${session.armTicks.length} arms, the config ${config.arms?.length ?? 1} (${names}); the recording is inconsistent`);
  }
  const notes: string[] = [];
  let runConfig: EffectiveConfig = config;
  if (config.driver !== 'sim') {
    runConfig = { ...config, driver: 'sim' };
    notes.push(`recorded with the "${config.driver}" arm driver: replayed against the simulator, so measured_cp cannot match the recording`);
  }
  const grid: TickGrid = { length: session.ticks.length, tick: session.ticks.tick, timeNs: session.ticks.timeNs };
  const run = await runArmsSchedule(runConfig, grid, recordedArmsSchedule(session, grid), { onProgress: (d, t) => options.onProgress?.('reference', d, t) });
  const asRun = (r: ArmsRunResult, k: number): RunResult => ({ trace: r.traces[k]!, link: r.link, finalLink: r.finalLink, loopSeconds: r.loopSeconds });
  // What-if: the same inputs over the link (one re-timing per seed, shared by every arm: the link is
  // shared), each arm measured against its own unimpaired run.
  let impaired: { run: ArmsRunResult; retime: RetimeResult; params: ImpairmentParams } | null = null;
  const perSeed: SeedFigures[][] = session.start.arms.map(() => []);
  if (options.impairment) {
    const seeds = options.seeds ?? DEFAULT_WHATIF_SEEDS;
    if (!Number.isInteger(seeds) || seeds < 1 || seeds > 100) throw new RangeError(`seeds = ${seeds}: expected a whole number from 1 to 100`);
    const limits = { maxLinearSpeedMps: runConfig.core.limits.maxLinearSpeedMps, maxAngularSpeedRadps: runConfig.core.limits.maxAngularSpeedRadps };
    for (let k = 0; k < seeds; k++) {
      const params: ImpairmentParams = { ...options.impairment, seed: options.impairment.seed + k };
      const retime = retimeSession(session, grid, params, options.stream ?? 'datagram');
      const r = await runArmsSchedule(runConfig, grid, armsScheduleOf(retime.schedule, session), {
        onProgress: (d, t) => options.onProgress?.('impaired', k * t + d, seeds * t),
      });
      for (let a = 0; a < perSeed.length; a++) perSeed[a]!.push(seedFigures(params.seed, asRun(r, a), retime, run.traces[a]!, limits));
      if (k === 0) impaired = { run: r, retime, params };
    }
  }
  const t0 = session.ticks.timeNs[0] as number;
  const perArm = session.start.arms.map((a, k) => {
    const c = compareTraces(session.armTicks[k]!, run.traces[k]!);
    return { arm: a, comparison: c, text: describeDifference(c, t0) };
  });
  const arms: ArmReproduction[] = perArm.map(({ arm, comparison: c, text }, k) => ({
    armId: arm.armId,
    name: arm.name,
    kind: arm.kind,
    identical: c.identical,
    ticksCompared: c.ticksCompared,
    ticksDiffering: c.ticksDiffering,
    firstDifference: c.first && { tick: c.first.tick, timeS: (c.first.timeNs - t0) / 1e9, differences: c.first.differences.map((d) => ({ field: d.field, recorded: d.expected, replayed: d.actual })) },
    summary: text,
    ...(impaired ? { whatIf: armWhatIf(impaired.run.traces[arm.armId]!, run.traces[arm.armId]!, perSeed[arm.armId]!) } : {}),
    // Plotted as arm 0 is in a one-arm report: the replay against this arm's recorded ticks, or with a
    // link its impaired run against its unimpaired one.
    plots: impaired ? armPlots(impaired.run.traces[k]!, run.traces[k]!) : armPlots(run.traces[k]!, session.armTicks[k]!),
  }));
  // The session's reproduction: the first arm that differs (earliest tick), else arm 0's, said for every arm.
  const differing = perArm.filter((p) => !p.comparison.identical).sort((a, b) => a.comparison.first!.index - b.comparison.first!.index);
  const lead = differing[0] ?? perArm[0]!;
  const reproduction = lead.comparison;
  const reproductionText = differing.length === 0
    ? `identical: ${reproduction.ticksCompared} ticks reproduced bit for bit on every arm (${perArm.map((p) => p.arm.name).join(', ')})`
    : `${differing.map((p) => p.arm.name).join(', ')} differ${differing.length === 1 ? 's' : ''}; ${lead.arm.name}: ${lead.text}`;
  const report = buildReport({
    session,
    config: runConfig,
    changes,
    notes,
    reference: asRun(run, 0),
    reproduction,
    reproductionText,
    impaired: impaired && {
      run: asRun(impaired.run, 0),
      retime: impaired.retime,
      params: impaired.params,
      description: `${describeImpairment(impaired.params)}; ${options.stream === 'tcp' ? 'motion as over the WebSocket (TCP: lost packets sent again, later messages wait behind them)' : 'motion as over the DataChannel (datagrams: a lost frame is lost)'}`,
    },
    loadSeconds: options.loadSeconds ?? NaN,
    // The report's seed table is arm 0's; each arm's spread is in its `whatIf`.
    seeds: perSeed[0]!.length > 0 ? { rows: perSeed[0]!, spread: spreadOf(perSeed[0]!) } : null,
  });
  return { report: { ...report, arms }, reproduction };
}

/**
 * A re-timed one-arm schedule as the multi-arm loop takes it: each frame in the form the agent handed
 * its loop (the two-handed one), found by identity (retime keeps each recorded frame object).
 */
export function armsScheduleOf(schedule: Schedule, session: LoadedSession): ArmsSchedule {
  const byFrame = new Map<object, SessionFrame>();
  for (const f of session.frames) byFrame.set(f.arrived.frame, f);
  return {
    frames: schedule.frames.map((x) => {
      const f = byFrame.get(x.item.frame);
      if (!f?.arms) throw new Error('a re-timed frame that is not one of the session\'s multi-arm frames');
      return { at: x.at, item: { frame: f.arms.frame, receiveTimeNs: x.item.receiveTimeNs, sourceId: x.item.sourceId } };
    }),
    clocks: schedule.clocks,
    commands: schedule.commands,
    controls: schedule.controls,
    ...(schedule.masterKinds ? { masterKinds: schedule.masterKinds } : {}),
  };
}

/** One arm's what-if figures: the impaired run (first seed) against its unimpaired run, and the spread over seeds. */
function armWhatIf(run: Trace, reference: Trace, seeds: readonly SeedFigures[]): ArmWhatIf {
  const tr = trackingFigures(run, reference);
  return {
    trackingRmsM: tr.rmsM,
    trackingMaxM: tr.maxM,
    lagS: tr.lagS,
    heldS: stateTimes(run).heldS,
    holds: run.transitions.filter((x) => x.to === 'HOLDING').length,
    seeds: seeds.length > 0 ? { rows: [...seeds], spread: spreadOf(seeds) } : null,
  };
}

export type { ConfigChange };
